/**
 * The fake Bot API in a process of its own, so that in the sending benchmark its work
 * does not eat the sender's CPU (Telegram is not on the bot's machine either). Prints
 * its address as one JSON line. BENCH_FAKE_RATE_LIMIT=30 makes it answer 429 past
 * 30 messages a second, as Telegram would.
 */
import { startFakeBotApi } from "../test/support/fake-bot-api.js";

const fake = await startFakeBotApi();
const limit = Number(process.env.BENCH_FAKE_RATE_LIMIT ?? "0");
if (limit > 0) fake.setRateLimit({ perSecond: limit, perChatPerSecond: 1 });
console.log(JSON.stringify({ apiRoot: fake.apiRoot }));
process.on("SIGTERM", () => void fake.close().then(() => process.exit(0)));
