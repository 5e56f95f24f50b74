// Microsoft's official JavaScript SignalR client against the evaluation hub, as a web page would use it:
// exchanges a one-time check-in code for an expert token, joins the session, submits a technical score sheet and
// waits until the hub pushes the event it recorded. Prints one JSON line {joined, ack, event} and exits 0, or exits 1.
//
//   RE_URL=http://127.0.0.1:5080 RE_SESSION=s1 RE_EXPERT=e1 RE_CODE=ABCD-EFGH-JKLM RE_BID=A node score.mjs
import * as signalR from "@microsoft/signalr";

const { RE_URL: url, RE_SESSION: sessionId, RE_EXPERT: expertId, RE_CODE: code, RE_BID: bid = "bidder-alpha" } = process.env;
const fail = (message) => {
  console.error(message);
  process.exit(1);
};
if (!url || !sessionId || !expertId || !code) fail("set RE_URL, RE_SESSION, RE_EXPERT and RE_CODE");
setTimeout(() => fail("no event within 30 s"), 30_000).unref();

const signIn = await fetch(new URL("/api/auth/expert", url), {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ sessionId, code }),
});
if (!signIn.ok) fail(`sign-in answered ${signIn.status}: ${await signIn.text()}`);
const { accessToken } = await signIn.json();

const connection = new signalR.HubConnectionBuilder()
  .withUrl(new URL("/hubs/evaluation", url).href, { accessTokenFactory: () => accessToken })
  .configureLogging(signalR.LogLevel.Warning)
  .build();

const received = [];
let wanted = null;
let resolveEvent;
const event = new Promise((resolve) => (resolveEvent = resolve));
connection.on("ReceiveEvents", (events) => {
  received.push(...events);
  const match = received.find((e) => wanted !== null && e.version === wanted);
  if (match) resolveEvent(match);
});

// Every client answers heartbeats: the server probes one connection of each centre in turn, and this may be the one.
connection.on("Heartbeat", (probe) => connection.invoke("AnswerHeartbeat", probe.sequence).catch(() => {}));

await connection.start();
const joined = await connection.invoke("Join", sessionId);
const ack = await connection.invoke(
  "SubmitScoreSheet", sessionId, `js-${Date.now()}`, expertId, bid, "Technical",
  [{ itemId: "t1", score: 8 }, { itemId: "t2", score: 8 }]);
wanted = ack.version;
const match = received.find((e) => e.version === wanted);
if (match) resolveEvent(match);

const pushed = await event;
console.log(JSON.stringify({ joined, ack, event: pushed }));
await connection.stop();
process.exit(0);
