// `npm run tenants:import -- <file.csv>`: load the landlord's tenancy list into the store.
// The work is in src/tenants/tenants-import.command.ts; this only wires it to the process.
import { runTenantsImport } from '../tenants/tenants-import.command.js';

try {
  // No environment given: the configuration is read as the server reads it, ./.env included,
  // so the tenants go to the store the server uses.
  process.exitCode = await runTenantsImport(process.argv.slice(2), undefined, {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  });
} catch (error) {
  // Never a stack trace: say what failed, and that the import did not finish.
  process.stderr.write(`The import stopped: ${(error as Error).message}\n`);
  process.exitCode = 2;
}
