// Worker thread entry (bundled as dist/streamWorker.js): streams the members it is sent, one at
// a time, so the server's own thread stays free for requests while the workspace is indexed.
// See offThread.ts for the other side.

import { parentPort } from 'node:worker_threads';
import { streamMember } from './members.js';
import type { StreamRequest, StreamReply } from './offThread.js';

const port = parentPort;
port?.on('message', (request: StreamRequest) => {
  const reply = (r: StreamReply): void => port.postMessage(r);
  streamMember(request.file, request.options).then(
    (member) => reply({ id: request.id, member }),
    (error: unknown) => reply({ id: request.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
