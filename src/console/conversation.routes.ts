import type restify from 'restify';
import type { ConsoleDeps, ConsoleRouting } from './console-routing.js';
export function registerConversation(_server: restify.Server, _deps: ConsoleDeps, _routing: ConsoleRouting): void {}
