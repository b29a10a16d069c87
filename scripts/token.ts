import { loadConfig } from '../src/kernel/config';
import { DEMO_PRINCIPALS, demoSubject } from '../src/domains/bodies/demo-principals';
import { signLocalToken } from '../src/access/auth/tokens';

/**
 * `npm run --silent token -- <principal>` prints a token for a demo principal (and nothing else);
 * `--list` lists them with what each may see. Only where the hub has demo principals (DEMO_PRINCIPALS).
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const arg = process.argv[2];
  if (!arg || arg === '--list') {
    const width = Math.max(...DEMO_PRINCIPALS.map((p) => p.principal.length));
    for (const p of DEMO_PRINCIPALS) console.log(`${p.principal.padEnd(width)}  ${p.name}: ${p.sees}`);
    if (!arg) console.log('\nUsage: npm run --silent token -- <principal>');
    return;
  }
  if (config.auth.kind !== 'local') {
    throw new Error('Tokens come from the identity provider (AUTH_JWKS_URL) here, not from the hub.');
  }
  if (!config.demoPrincipals) {
    throw new Error('This hub has no demo principals: they are on the embedded database, or with DEMO_PRINCIPALS=true (never in production).');
  }
  if (!DEMO_PRINCIPALS.some((p) => p.principal === arg)) {
    throw new Error(`No demo principal "${arg}". See npm run --silent token -- --list`);
  }
  console.log(await signLocalToken(config.auth, demoSubject(arg)));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
