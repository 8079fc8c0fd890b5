//! The reminder settings typed or tapped: `/leads`, `/remindat`, `/tz` (cities and local names
//! in three languages, near misses answered with "Did you mean…?"), their preset buttons, and
//! the once-only note that operators count a plan's end in Peru time. A saved change answers
//! with the `/settings` page (`page`) showing the new value.
use teloxide::types::{InlineKeyboardMarkup, MessageId};

use super::callback_data::{MenuCb, Setting};
use super::context::{App, Ctx};
use super::keyboards::{in_pairs, with_back};
use super::out::Out;
use super::reply::{self, echo, HandlerResult};
use crate::i18n::{t, t_args, Arg};
use crate::reminders::zone::names;
use crate::reminders::{self, Change, LeadError, UserZone, ZoneError};
use crate::users;

mod page;

use page::zone_button;
pub use page::{page, settings, sub_screen};

/// The locale key of a setting's usage line.
fn usage(which: Setting) -> &'static str {
    match which {
        Setting::Leads => "leads-usage",
        Setting::RemindAt => "remindat-usage",
        Setting::Zone => "tz-usage",
    }
}

/// `/leads`, `/remindat` and `/tz`: a value is parsed and saved; without one, the setting's
/// choices (the same screen the settings page opens) as a new message.
pub async fn setting(bot: &Out, app: &App, ctx: &Ctx, which: Setting, args: &str) -> HandlerResult {
    let args = args.trim();
    if args.is_empty() {
        let (text, keyboard) = sub_screen(app, ctx, which.into()).await?;
        return reply::send(bot, ctx.chat, text, Some(keyboard)).await;
    }
    let change = match which {
        Setting::Leads => reminders::parse_leads(args)
            .map(Change::Leads)
            .map_err(|e| (lead_error(ctx, &e), None)),
        Setting::RemindAt => reminders::parse_time_of_day(args)
            .map(Change::RemindAt)
            .map_err(|e| (lead_error(ctx, &e), None)),
        Setting::Zone => UserZone::parse(args)
            .map(Change::Zone)
            .map_err(|e| zone_error(app, ctx, &e)),
    };
    match change {
        Ok(change) => apply(bot, app, ctx, None, change).await,
        Err((problem, Some(keyboard))) => reply::send(bot, ctx.chat, problem, Some(keyboard)).await,
        Err((problem, None)) => {
            let text = format!("{problem}\n{}", t(ctx.lang, usage(which)));
            reply::send(bot, ctx.chat, text, None).await
        }
    }
}

/// A tap on a choice (`set:leads:3d,1d,0`, `set:at:09:00`, `set:tz:Europe/London`): the value
/// is parsed as if typed, and the message holding the button becomes the settings page.
pub async fn on_preset(
    bot: &Out,
    app: &App,
    ctx: &Ctx,
    message: Option<MessageId>,
    which: Setting,
    value: &str,
) -> HandlerResult {
    // Button values are presets or exact IANA names (checked when the data was parsed), so a
    // refusal here would be a bug in the presets: it is answered like a typed mistake.
    let change = match which {
        Setting::Leads => reminders::parse_leads(value).map(Change::Leads).ok(),
        Setting::RemindAt => reminders::parse_time_of_day(value)
            .map(Change::RemindAt)
            .ok(),
        Setting::Zone => UserZone::parse(value).map(Change::Zone).ok(),
    };
    match change {
        Some(change) => apply(bot, app, ctx, message, change).await,
        None => setting(bot, app, ctx, which, value).await,
    }
}

/// Saves a change, reschedules, and shows the page with "Saved" on top (editing `message` when
/// the change came from a button); a first zone off Peru's clock adds the Peru-time note.
async fn apply(
    bot: &Out,
    app: &App,
    ctx: &Ctx,
    message: Option<MessageId>,
    change: Change,
) -> HandlerResult {
    let now = app.now();
    let zone = match &change {
        Change::Zone(zone) => Some(*zone),
        _ => None,
    };
    let default = app.default_zone();
    crate::preferences::change_settings(&app.pool, ctx.user.id, change, &default, now).await?;
    app.wake.notify_one();
    let (page_text, keyboard) = page(app, ctx).await?;
    let saved = t_args(
        ctx.lang,
        "settings-done",
        &[("what", t(ctx.lang, "settings-saved").into())],
    );
    let mut text = format!("{saved}\n\n{page_text}");
    if let Some(zone) = zone.filter(|zone| crate::reminders::zone::differs_from_peru(zone, now)) {
        if users::note_zone_once(&app.pool, ctx.user.id, now.into()).await? {
            let args = [
                (
                    "peru",
                    crate::reminders::zone::offset_label(&UserZone::LIMA, now).into(),
                ),
                (
                    "zone",
                    crate::reminders::zone::label(&zone, ctx.lang, now).into(),
                ),
            ];
            text.push_str("\n\n");
            text.push_str(&t_args(ctx.lang, "tz-peru-note", &args));
        }
    }
    reply::edit_or_send(bot, ctx, message, text, Some(keyboard)).await
}

fn lead_error(ctx: &Ctx, error: &LeadError) -> String {
    let lang = ctx.lang;
    match error {
        LeadError::Empty => t(lang, "leads-empty"),
        LeadError::BadLead(item) => t_args(lang, "leads-bad", &[("item", echo(item).into())]),
        LeadError::TooLong(item) => t_args(lang, "leads-too-long", &[("item", echo(item).into())]),
        LeadError::TooMany(n) => t_args(lang, "leads-too-many", &[("count", Arg::count(*n))]),
        LeadError::BadTime(time) => t_args(lang, "when-bad-time", &[("time", echo(time).into())]),
    }
}

/// The reply to a zone that could not be read, and its buttons when it has some: near misses
/// ("Did you mean London?"), or else the examples and the common zones.
fn zone_error(app: &App, ctx: &Ctx, error: &ZoneError) -> (String, Option<InlineKeyboardMarkup>) {
    let lang = ctx.lang;
    let typed = match error {
        ZoneError::Empty => return (t(lang, "tz-usage"), None),
        ZoneError::OffsetOutOfRange(typed) => {
            let text = t_args(lang, "tz-offset-range", &[("zone", echo(typed).into())]);
            return (text, None);
        }
        ZoneError::UnknownZone(typed) => typed,
    };
    let zone = ("zone", echo(typed).into());
    let near = names::suggestions(typed);
    let keyboard = |zones: &[chrono_tz::Tz]| {
        let buttons = zones.iter().map(|tz| zone_button(app, ctx, *tz)).collect();
        let rows = with_back(in_pairs(buttons), ctx.lang, MenuCb::Settings);
        Some(InlineKeyboardMarkup::new(rows))
    };
    match near.first() {
        Some(first) => {
            let first = names::place_name(*first, lang);
            let text = t_args(lang, "tz-did-you-mean", &[zone, ("first", first.into())]);
            (text, keyboard(&near))
        }
        None => {
            let text = format!(
                "{}\n{}",
                t_args(lang, "tz-unknown", &[zone]),
                t(lang, "tz-examples")
            );
            (text, keyboard(&names::COMMON))
        }
    }
}
