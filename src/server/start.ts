// `npm start`: one server process (src/server/main.ts), or with PROCESSES above 1 a small
// supervisor that runs that many of them on one port (src/server/supervisor.ts).
import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { readConfig } from '../config/startup.js';
import { supervise } from './supervisor.js';

const config = readConfig();
const processes = config.PROCESSES === 'auto' ? availableParallelism() : config.PROCESSES;
if (processes > 1 && cluster.isPrimary) supervise(processes, { graceSeconds: config.SHUTDOWN_GRACE_SECONDS, localMode: !config.TWILIO_AUTH_TOKEN });
else await import('./main.js');
