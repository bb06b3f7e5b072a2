// A minimal SignalR hub (JSON protocol over Server-Sent Events) for the mock server: enough of the protocol
// for @microsoft/signalr to negotiate, hand-shake, invoke "JoinTask" and receive messages. Not for production.
import { randomUUID } from "node:crypto";

const RS = "\x1e"; // SignalR record separator

export class LiveHub {
  /** @param {(connection: {id: string, send: Function}, taskId: string) => void} onJoin */
  constructor(onJoin) {
    this.onJoin = onJoin;
    this.connections = new Map(); // token -> { id, res, groups:Set, handshake:boolean }
    setInterval(() => this.broadcastRaw({ type: 6 }), 10_000).unref();
  }

  /** Handles /hubs/live*; returns false when the request is not the hub's. */
  handle(req, res, url) {
    if (!url.pathname.startsWith("/hubs/live")) return false;
    if (url.pathname.endsWith("/negotiate") && req.method === "POST") {
      const token = randomUUID();
      this.connections.set(token, { id: token, res: null, groups: new Set(), handshake: false });
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ negotiateVersion: 1, connectionId: token, connectionToken: token, availableTransports: [{ transport: "ServerSentEvents", transferFormats: ["Text"] }] }));
      return true;
    }
    const token = url.searchParams.get("id");
    const conn = token && this.connections.get(token);
    if (!conn) {
      res.writeHead(404).end();
      return true;
    }
    if (req.method === "GET") {
      res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
      res.write(":\n\n");
      conn.res = res;
      req.on("close", () => this.connections.delete(token));
      return true;
    }
    if (req.method === "DELETE") {
      conn.res?.end();
      this.connections.delete(token);
      res.writeHead(202).end();
      return true;
    }
    if (req.method === "POST") {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => {
        res.writeHead(200).end();
        for (const part of body.split(RS).filter(Boolean)) this.receive(conn, JSON.parse(part));
      });
      return true;
    }
    res.writeHead(405).end();
    return true;
  }

  receive(conn, message) {
    if (!conn.handshake) {
      conn.handshake = true;
      this.write(conn, {});
      return;
    }
    if (message.type === 1 && message.target === "JoinTask") {
      const taskId = String(message.arguments?.[0] ?? "");
      conn.groups.add(taskId);
      if (message.invocationId) this.write(conn, { type: 3, invocationId: message.invocationId, result: null });
      this.onJoin({ id: conn.id, send: (target, arg) => this.write(conn, { type: 1, target, arguments: [arg] }) }, taskId);
    } else if (message.type === 1 && message.invocationId) {
      this.write(conn, { type: 3, invocationId: message.invocationId, error: `Unknown hub method '${message.target}'` });
    }
  }

  /** Sends to every connection in a task's group. */
  sendToGroup(taskId, target, arg) {
    for (const conn of this.connections.values()) if (conn.groups.has(taskId)) this.write(conn, { type: 1, target, arguments: [arg] });
  }

  hasViewers(taskId) {
    for (const conn of this.connections.values()) if (conn.groups.has(taskId) && conn.res) return true;
    return false;
  }

  broadcastRaw(message) {
    for (const conn of this.connections.values()) if (conn.handshake) this.write(conn, message);
  }

  write(conn, message) {
    conn.res?.write(`data: ${JSON.stringify(message)}${RS}\n\n`);
  }
}
