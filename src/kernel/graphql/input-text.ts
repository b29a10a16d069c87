import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { type ASTNode, BREAK, type DocumentNode, GraphQLError, visit } from 'graphql';
import { ErrorCode } from './errors';

/**
 * The characters no text sent to the hub may hold, whatever it is for (a title, a note, a filter,
 * a state code, a file to import). Each either cannot be stored (PostgreSQL refuses NUL in text;
 * a lone surrogate half is not text and would be stored as U+FFFD), or is invisible and changes
 * how the text around it is shown or matched, so that what a reader sees is not what is stored
 * ("Trojan Source", CVE-2021-42574):
 *
 * - C0 controls U+0000–U+001F except TAB, LF and CR (line breaks stay), DEL U+007F, C1 controls U+0080–U+009F;
 * - bidirectional embeddings and overrides U+202A–U+202E, isolates U+2066–U+2069;
 * - ZERO WIDTH SPACE U+200B, WORD JOINER and the invisible operators U+2060–U+2064, ZERO WIDTH
 *   NO-BREAK SPACE (byte order mark) U+FEFF: they split a word without showing it;
 * - the deprecated format characters U+206A–U+206F, interlinear annotations U+FFF9–U+FFFB;
 * - a surrogate half without its pair.
 *
 * Kept, because real text needs them: ZERO WIDTH NON-JOINER U+200C and JOINER U+200D (Persian,
 * Arabic and Indic words, emoji sequences), the marks LRM U+200E, RLM U+200F and ALM U+061C
 * (Arabic and Hebrew beside Latin text), variation selectors and tag characters (emoji, flags).
 *
 * Such text is refused, not stripped: what the hub stores is exactly what was sent. One exception:
 * a whole file sent as text (a variable's field named `content`, e.g. an import) may begin with a
 * byte order mark, as spreadsheets write it; the file's reader consumes it, and it is never stored.
 */
const REFUSED = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const NAMES: Record<number, string> = {
  0x00: 'NULL',
  0x200b: 'ZERO WIDTH SPACE',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (byte order mark)',
};

function kind(code: number): string {
  if (NAMES[code]) return NAMES[code];
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return 'a control character';
  if (code >= 0xd800 && code <= 0xdfff) return 'half of a surrogate pair';
  return 'an invisible format character';
}

/** What is wrong with `text` under the rule above, in words for the person who sent it; undefined when nothing is. */
export function hiddenCharacterProblem(text: string): string | undefined {
  const found = REFUSED.exec(text);
  if (!found) return undefined;
  const code = found[0].charCodeAt(0);
  const hex = code.toString(16).toUpperCase().padStart(4, '0');
  return `holds U+${hex} (${kind(code)}) at character ${found.index + 1}; control and invisible formatting characters are not accepted in text.`;
}

/** The first string in a variable's value that breaks the rule, with where it is (`$input.targetStates[2]`). */
function problemInValue(name: string, value: unknown): string | undefined {
  // Iterative: a client's JSON may nest arrays deeper than the stack.
  const stack: [string, unknown][] = [[`$${name}`, value]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [where, item] = next;
    if (typeof item === 'string') {
      const problem = hiddenCharacterProblem(where.endsWith('.content') ? item.replace(/^\uFEFF/, '') : item);
      if (problem) return `${where} ${problem}`;
    } else if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i--) stack.push([`${where}[${i}]`, item[i]]);
    } else if (item && typeof item === 'object') {
      for (const [key, field] of Object.entries(item).reverse()) stack.push([`${where}.${key}`, field]);
    }
  }
  return undefined;
}

/** The first string of an operation (its variables, then the strings written in the document) that breaks the rule. */
export function hiddenCharacterInOperation(document: DocumentNode, variables: Record<string, unknown> | undefined): GraphQLError | undefined {
  for (const [name, value] of Object.entries(variables ?? {})) {
    const problem = problemInValue(name, value);
    if (problem) return refusal(`Variable ${problem}`);
  }
  // A string written in the document holds such a character only if its text does, raw or as an
  // escape: most documents have neither, and need no walk (one regular expression, not a visit).
  const text = document.loc?.source.body;
  if (text !== undefined && !REFUSED.test(text) && !text.includes('\\u')) return undefined;
  let refused: GraphQLError | undefined;
  visit(document, {
    StringValue(node) {
      const problem = hiddenCharacterProblem(node.value);
      if (!problem) return undefined;
      refused = refusal(`The string ${problem}`, node);
      return BREAK;
    },
  });
  return refused;
}

function refusal(message: string, node?: ASTNode): GraphQLError {
  return new GraphQLError(message, { nodes: node ? [node] : undefined, extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } } });
}

/**
 * Every operation's text input is checked here, once, before anything runs: no resolver, filter
 * or database statement ever sees a string the rule refuses (a NUL in a filter was a 500).
 */
export function inputTextPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const refused = hiddenCharacterInOperation(document, request.variables);
          if (refused) throw refused;
        },
      };
    },
  };
}
