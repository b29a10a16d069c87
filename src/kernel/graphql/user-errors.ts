import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { ListBound } from './field-cost';

/** Expected failures of a mutation, returned in its payload rather than as GraphQL errors. */
export enum UserErrorCode {
  INVALID = 'INVALID',
  NOT_FOUND = 'NOT_FOUND',
  FORBIDDEN = 'FORBIDDEN',
  /** The record changed since the version the client sent: nothing was written. */
  CONFLICT = 'CONFLICT',
  DUPLICATE = 'DUPLICATE',
}
registerEnumType(UserErrorCode, {
  valuesConfig: {
    CONFLICT: { description: 'The record changed since the version sent: read it again.' },
    DUPLICATE: { description: 'Such a record exists already.' },
    FORBIDDEN: { description: 'The viewer may not make this change.' },
    INVALID: { description: 'A value breaks a rule (its message says which).' },
    NOT_FOUND: { description: 'No such record, or none the viewer may see.' },
  },
  description: 'What kind of mistake a user error is.',
  name: 'UserErrorCode',
});

/** A payload's user errors: at most one per input field and a few more; no input has 50 fields. */
export const MAX_USER_ERRORS = 50;

@ObjectType('UserError', { description: "A mistake in a mutation's input the client can correct: which field, what is wrong, and a code." })
export class UserError {
  @ListBound(5)
  @Field(() => [String], { description: 'Path to the input field at fault, e.g. ["input", "stage"].' })
  field!: string[];

  @Field(() => String)
  message!: string;

  @Field(() => UserErrorCode)
  code!: UserErrorCode;
}

export function userError(code: UserErrorCode, field: string, message: string): UserError {
  return { code, field: ['input', field], message };
}

/** Collects input checks; an empty list means the input is valid. */
export class InputCheck {
  readonly errors: UserError[] = [];

  text(field: string, value: string | null | undefined, { required = false, max = 2000 } = {}): void {
    if (value == null || value.trim() === '') {
      if (required) this.errors.push(userError(UserErrorCode.INVALID, field, `${field} is required.`));
      return;
    }
    if (value.length > max) {
      this.errors.push(userError(UserErrorCode.INVALID, field, `${field} must be at most ${max} characters.`));
    }
  }

  notAfter(field: string, day: string | null | undefined, limit: string): void {
    if (day && day > limit) this.errors.push(userError(UserErrorCode.INVALID, field, `${field} cannot be in the future.`));
  }

  iso3(field: string, value: string): void {
    if (!/^[A-Za-z]{3}$/.test(value)) {
      this.errors.push(userError(UserErrorCode.INVALID, field, `${field} must be a three-letter ISO 3166-1 alpha-3 code.`));
    }
  }
}
