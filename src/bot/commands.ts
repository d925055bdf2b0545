import { createI18n } from "../i18n/i18n.js";
import { LOCALES } from "../i18n/locales.js";
import type { AppBot } from "./create-bot.js";

const COMMANDS = ["start", "survey", "modules", "my", "plan", "appointment", "profile", "counsellor", "language", "mydata", "delete", "help"] as const;

/** The command menu Telegram shows, in each language we have (by the client's language). */
export async function setCommands(bot: AppBot): Promise<void> {
  const i18n = createI18n();
  for (const locale of LOCALES) {
    const commands = COMMANDS.map((command) => ({ command, description: i18n.t(locale.code, `cmd-${command}`) }));
    await bot.api.setMyCommands(commands, { language_code: locale.code });
    if (locale.code === "en") await bot.api.setMyCommands(commands);
  }
}
