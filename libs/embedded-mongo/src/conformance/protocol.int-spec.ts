import { Long, UUID } from 'bson';
import { conformanceTargets, useTarget, type LooseDoc } from '../test-utils/targets';
import { WireClient } from '../test-utils/wire-client';
import { OpCode, OpMsgFlag } from '../wire/constants';

describe.each(conformanceTargets())('wire protocol [$name]', (target) => {
  const session = useTarget(target, 'protocol');
  const clients: WireClient[] = [];
  const open = async () => {
    const client = await WireClient.open(session().uri);
    clients.push(client);
    return client;
  };
  afterEach(() => clients.splice(0).forEach((client) => client.close()));

  it('answers the legacy OP_QUERY handshake on admin.$cmd with OP_REPLY', async () => {
    const client = await open();
    const id = client.sendQuery('admin.$cmd', {
      isMaster: 1,
      helloOk: true,
      client: { driver: { name: 'raw' } },
    });
    const reply = await client.nextReply();
    expect(reply.opCode).toBe(OpCode.Reply);
    expect(reply.responseTo).toBe(id);
    expect(reply.doc).toMatchObject({ ismaster: true, helloOk: true, minWireVersion: 0, ok: 1 });
    expect(reply.doc['maxWireVersion']).toBeGreaterThanOrEqual(21);
    expect(reply.doc['logicalSessionTimeoutMinutes']).toBe(30);
    expect(typeof reply.doc['connectionId']).toBe('number');
  });

  it('answers hello over OP_MSG with the limits drivers rely on', async () => {
    const client = await open();
    const id = client.sendMsg({ hello: 1, $db: 'admin' });
    const reply = await client.nextReply();
    expect(reply.opCode).toBe(OpCode.Msg);
    expect(reply.responseTo).toBe(id);
    expect(reply.doc).toMatchObject({
      isWritablePrimary: true,
      maxBsonObjectSize: 16777216,
      maxMessageSizeBytes: 48000000,
      maxWriteBatchSize: 100000,
      ok: 1,
    });
    expect(reply.doc['localTime']).toBeInstanceOf(Date);
  });

  it('merges kind-1 document sequences into the command', async () => {
    const client = await open();
    const db = session().db.databaseName;
    client.sendMsg({ insert: 'seq', $db: db }, { sequences: { documents: [{ _id: 1 }, { _id: 2 }] } });
    expect((await client.nextReply()).doc).toMatchObject({ n: 2, ok: 1 });
    expect(await session().db.collection<LooseDoc>('seq').countDocuments()).toBe(2);
  });

  it('sends no reply when moreToCome is set, but still runs the command', async () => {
    const client = await open();
    const db = session().db.databaseName;
    client.sendMsg(
      { insert: 'fire', documents: [{ _id: 'x' }], writeConcern: { w: 0 }, $db: db },
      { flags: OpMsgFlag.MoreToCome },
    );
    const pingId = client.sendMsg({ ping: 1, $db: 'admin' });
    expect((await client.nextReply()).responseTo).toBe(pingId);
    expect(await session().db.collection<LooseDoc>('fire').findOne({ _id: 'x' })).toEqual({ _id: 'x' });
  });

  it('answers requests pipelined in one write in order, failures included', async () => {
    const client = await open();
    const db = session().db.databaseName;
    const ids = client.sendMsgs([
      { insert: 'pipelined', documents: [{ _id: 1 }], $db: db },
      { insert: 'pipelined', documents: [{ _id: 1 }], $db: db },
      { noSuchCommand: 1, $db: db },
      { find: 'pipelined', filter: { _id: 1 }, $db: db },
    ]);
    const replies = [];
    for (let i = 0; i < ids.length; i++) replies.push(await client.nextReply());
    expect(replies.map((reply) => reply.responseTo)).toEqual(ids);
    expect(replies[0]?.doc).toMatchObject({ n: 1, ok: 1 });
    expect(replies[1]?.doc).toMatchObject({ n: 0, writeErrors: [{ code: 11000 }] });
    expect(replies[2]?.doc).toMatchObject({ ok: 0, code: 59 });
    expect(replies[3]?.doc).toMatchObject({ cursor: { firstBatch: [{ _id: 1 }] } });
  });

  it('returns cursor ids as int64', async () => {
    await session()
      .db.collection<LooseDoc>('cur')
      .insertMany([{ a: 1 }, { a: 2 }, { a: 3 }]);
    const client = await open();
    client.sendMsg({ find: 'cur', batchSize: 1, $db: session().db.databaseName });
    const cursor = (await client.nextReply()).doc['cursor'] as { id: unknown; firstBatch: unknown[] };
    expect(cursor.id).toBeInstanceOf(Long);
    expect((cursor.id as Long).isZero()).toBe(false);
    expect(cursor.firstBatch).toHaveLength(1);
  });

  it('closes only the connection that sent a malformed message', async () => {
    const healthy = await open();
    const broken = await open();
    const header = Buffer.alloc(16);
    header.writeInt32LE(5, 0); // shorter than a header: impossible length
    broken.writeBytes(header);
    expect(await broken.closedByServer()).toBe(true);
    const id = healthy.sendMsg({ ping: 1, $db: 'admin' });
    expect((await healthy.nextReply()).responseTo).toBe(id);
    const fresh = await open();
    fresh.sendMsg({ ping: 1, $db: 'admin' });
    expect((await fresh.nextReply()).doc).toMatchObject({ ok: 1 });
  });

  it('refuses transaction numbers like a standalone mongod', async () => {
    const hello = await session().db.admin().command({ hello: 1 });
    if (hello['setName'] !== undefined || hello['msg'] === 'isdbgrid') return; // replica sets accept them
    const client = await open();
    client.sendMsg({
      find: 'tx',
      txnNumber: Long.fromNumber(1),
      lsid: { id: new UUID() },
      $db: session().db.databaseName,
    });
    expect((await client.nextReply()).doc).toMatchObject({ ok: 0, code: 20, codeName: 'IllegalOperation' });
  });
});
