//! The FAQ in Telegram: typed questions (`ask`), browsing by category and topic (`browse`), the
//! answer message and its buttons (`answer`), feedback on an answer (`feedback`), and `/reload`
//! for admins.
use crate::faq::FaqSource;
use crate::i18n::{t, t_args, Arg};
use crate::telegram::context::{App, Ctx};
use crate::telegram::out::Out;
use crate::telegram::reply::{self, escape_within, HandlerResult};

mod answer;
mod ask;
mod browse;
mod feedback;

pub use ask::on_question;
pub use browse::{browse, on_callback};
pub use feedback::{end_comment, on_comment};

/// `/reload` (admins only: the router answers anyone else as it answers an unknown command):
/// re-reads the knowledge base, keeping the old one if the new one is broken and saying why.
pub async fn reload(bot: &Out, app: &App, ctx: &Ctx) -> HandlerResult {
    let lang = ctx.lang;
    if *app.faq.source() == FaqSource::Embedded {
        return reply::send(bot, ctx.chat, t(lang, "faq-reload-embedded"), None).await;
    }
    let text = match app.faq.reload() {
        Ok(count) => t_args(lang, "faq-reloaded", &[("count", Arg::count(count))]),
        Err(error) => {
            // Cut after escaping would split an entity; escaping after cutting could grow
            // past Telegram's limit. So the escaped text itself is what is measured.
            let problems = escape_within(&error.to_string(), 3500);
            format!("{}\n<pre>{problems}</pre>", t(lang, "faq-reload-failed"))
        }
    };
    reply::send(bot, ctx.chat, text, None).await
}
