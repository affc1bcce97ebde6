import { createServer } from 'node:net';

export interface NotNatsYet {
  dials(): number;
  close(): Promise<void>;
}

/**
 * A port that takes every connection and drops it before the NATS greeting, as a server still
 * starting or a busy host does: the client's dial fails, and we count how often it tries.
 */
export async function notNatsYet(port: number): Promise<NotNatsYet> {
  let dials = 0;
  const server = createServer((socket) => {
    dials++;
    socket.destroy();
  });
  await new Promise<void>((listening, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', listening);
  });
  return {
    dials: () => dials,
    close: () => new Promise<void>((closed) => server.close(() => closed())),
  };
}
