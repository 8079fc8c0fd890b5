# recarga — English (the reference locale: every other locale has exactly these keys).
# Messages are sent as Telegram HTML: keep < > & escaped as &lt; &gt; &amp;.

## /start and /help
start-greeting = Hi { $name }! I'm <b>recarga</b>.
start-what =
    I answer questions about topping up prepaid lines in Peru (Claro, Movistar, Entel, Bitel).
    And I remind you before your plan or package runs out.
start-faq-ready = Just type your question, in English, Spanish or Chinese.
help-title = <b>What I can do</b>
help-footer = Type any question about top-ups in your own words, or tap a button.
help-groups = In a group, write commands as /command@{ $bot }.

## The command menu (Telegram's "/" list) and /help lines
cmd-start = Start and show what I do
cmd-help = List the commands
cmd-lang = Change the language
cmd-faq = Browse the questions I can answer
cmd-add = Remember when a plan ends
cmd-plans = Your plans and reminders
cmd-renew = Renew a plan
cmd-del = Delete a plan
cmd-leads = When to remind you
cmd-remindat = Time of day for reminders
cmd-tz = Your time zone

## Buttons
btn-language = 🌐 Language
btn-faq = ❓ Ask a question
btn-add-plan = ⏰ Add a plan
btn-back = ⬅️ Back

## /lang
lang-choose = Choose your language:
lang-set = Done: I'll speak English with you.
lang-unknown = I don't know the language “{ $code }”. Send /lang zh, /lang es or /lang en, or tap a button.

## Things I don't understand
unknown-command = I don't know the command { $command }. Send /help to see what I can do.
unsupported-update = I can only read text messages. Type your question, or send /help.
error-generic = Sorry, something went wrong on my side. Please try again in a minute.
not-admin = This command is for the bot's operators.

## Used by tests of the locale machinery
test-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
