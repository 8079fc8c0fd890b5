//! The commands users type, and the localized menu Telegram shows for them. `MENU` is the one
//! list both `/help` and `setMyCommands` are built from, so they cannot disagree.
use teloxide::prelude::*;
use teloxide::types::BotCommand;
use teloxide::utils::command::BotCommands;

use crate::i18n::{t, t_args};
use crate::lang::Lang;

/// Every command the bot understands. Arguments arrive as one string and are parsed by the
/// domain modules, so that a malformed argument gets a localized reply instead of silence.
#[derive(BotCommands, Clone, Debug, PartialEq, Eq)]
#[command(rename_rule = "lowercase")]
pub enum Command {
    /// Start and show what the bot does.
    Start(String),
    /// List the commands.
    Help,
    /// Change the language: `/lang`, or `/lang zh|es|en`.
    Lang(String),
    /// Browse the knowledge base by category.
    Faq,
    /// Re-read the knowledge base from its files (admins only).
    Reload,
    /// The operator's figures: users, plans, reminders, the FAQ (admins only).
    Stats,
    /// Record when a plan ends: `/add <end> [operator] [label]`, or the guided flow.
    Add(String),
    /// List the plans, with a calendar file.
    Plans,
    /// Delete a plan: `/del <id>`.
    Del(String),
    /// Renew a plan: `/renew <id> [<end>]`.
    Renew(String),
    /// When to remind: `/leads 3d,1d,0`.
    Leads(String),
    /// Time of day for day reminders: `/remindat 09:00`.
    Remindat(String),
    /// Time zone: `/tz Lima`, `/tz 北京时间`, `/tz UTC-5`.
    Tz(String),
    /// Keep my number: `/line <operator> <last top-up date>`, or the guided flow.
    Line(String),
    /// Stop what was started: the guided `/add`, a date change.
    Cancel,
    /// The main menu: ask, add a plan, my plans, settings.
    Menu,
    /// Language, time zone and reminders on one page.
    Settings,
    /// Everything stored about me, as a file.
    Export,
    /// Delete everything stored about me (after a confirmation).
    Forget,
}

impl Command {
    /// Commands for the bot's operators (`RECARGA_ADMINS`) only. To anyone else they do not
    /// exist: the router answers them as it answers an unknown command, and `MENU` (so `/help`
    /// and Telegram's command menu) never lists them.
    pub fn admin_only(&self) -> bool {
        matches!(self, Command::Reload | Command::Stats)
    }
}

/// The commands shown in Telegram's menu and in `/help`, with their locale keys, in order.
pub const MENU: &[(&str, &str)] = &[
    ("start", "cmd-start"),
    ("menu", "cmd-menu"),
    ("help", "cmd-help"),
    ("faq", "cmd-faq"),
    ("add", "cmd-add"),
    ("plans", "cmd-plans"),
    ("renew", "cmd-renew"),
    ("del", "cmd-del"),
    ("line", "cmd-line"),
    ("settings", "cmd-settings"),
    ("leads", "cmd-leads"),
    ("remindat", "cmd-remindat"),
    ("tz", "cmd-tz"),
    ("lang", "cmd-lang"),
    ("cancel", "cmd-cancel"),
    ("export", "cmd-export"),
    ("forget", "cmd-forget"),
];

/// The menu in one language.
pub fn menu(lang: Lang) -> Vec<BotCommand> {
    MENU.iter()
        .map(|(name, key)| BotCommand::new(*name, t(lang, key)))
        .collect()
}

/// The `/help` text in one language; `bot` is the bot's username, for group usage.
pub fn help_text(lang: Lang, bot: &str) -> String {
    let mut text = t(lang, "help-title");
    for (name, key) in MENU {
        text.push_str(&format!("\n/{name} — {}", t(lang, key)));
    }
    text.push_str("\n\n");
    text.push_str(&t(lang, "help-footer"));
    text.push('\n');
    text.push_str(&t_args(lang, "help-groups", &[("bot", bot.into())]));
    text
}

/// Sets the command menu once per language, plus the default (English) for everyone else.
pub async fn set_menus(bot: &Bot) -> Result<(), teloxide::RequestError> {
    for lang in Lang::ALL {
        bot.set_my_commands(menu(lang))
            .language_code(lang.code())
            .await?;
    }
    bot.set_my_commands(menu(Lang::En)).await?;
    Ok(())
}
