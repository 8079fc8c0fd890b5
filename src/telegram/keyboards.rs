//! Buttons more than one screen shares: the main menu, the way back to it or to the settings
//! page, and buttons two to a row.
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};

use super::callback_data::{button, AddCb, Cb, FaqCb, LineCb, MenuCb};
use crate::i18n::t;
use crate::lang::Lang;

/// Ask · Add a plan · My plans · Settings.
pub fn menu_rows(lang: Lang) -> Vec<Vec<InlineKeyboardButton>> {
    vec![
        vec![
            button(t(lang, "btn-faq"), Cb::Faq(FaqCb::Home)),
            button(t(lang, "btn-add-plan"), Cb::Add(AddCb::Start)),
        ],
        vec![
            button(t(lang, "btn-my-plans"), Cb::Menu(MenuCb::Plans)),
            button(t(lang, "btn-settings"), Cb::Menu(MenuCb::Settings)),
        ],
        vec![button(t(lang, "btn-menu-line"), Cb::Line(LineCb::FromMenu))],
    ]
}

/// The main menu as a keyboard.
pub fn menu_keyboard(lang: Lang) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(menu_rows(lang))
}

/// The row that leads back to the main menu.
pub fn menu_row(lang: Lang) -> Vec<InlineKeyboardButton> {
    vec![button(t(lang, "btn-menu"), Cb::Menu(MenuCb::Home))]
}

/// `rows` and a last row leading back to `to` (« Back to the page, « Menu to the menu).
pub fn with_back(
    mut rows: Vec<Vec<InlineKeyboardButton>>,
    lang: Lang,
    to: MenuCb,
) -> Vec<Vec<InlineKeyboardButton>> {
    let key = if to == MenuCb::Home {
        "btn-menu"
    } else {
        "btn-back-page"
    };
    rows.push(vec![button(t(lang, key), Cb::Menu(to))]);
    rows
}

/// Buttons two to a row.
pub fn in_pairs(buttons: Vec<InlineKeyboardButton>) -> Vec<Vec<InlineKeyboardButton>> {
    buttons.chunks(2).map(<[_]>::to_vec).collect()
}
