//! Word lists the tokenizer needs: stop words, weak words, places, irregular verb forms.
//!
//! Kept apart from the code so they can grow without the rules around them moving; every entry
//! is in normalised form (lowercase, no accents, Simplified Chinese).

/// Words that carry no meaning for matching, in normalised form (lowercase, no accents).
/// Negations and modal verbs ("no", "not", "can", 不, 可以) are kept on purpose: they change
/// what a question asks.
#[rustfmt::skip]
pub(crate) const STOP_WORDS: &[&str] = &[
    // English
    "the", "a", "an", "to", "my", "how", "do", "does", "did", "i", "im", "is", "are", "am",
    "be", "it", "its", "of", "in", "on", "at", "for", "and", "or", "me", "you", "your", "this",
    "that", "with", "what", "whats", "please", "pls", "hi", "hello", "so", "some", "any",
    "there", "u", "if", "from", "about", "then", "than", "was", "were", "been", "ive", "we",
    "us", "our", "they", "them", "their", "he", "she", "his", "her", "him", "these", "those",
    "by", "as", "into",
    // Spanish
    "de", "la", "el", "los", "las", "un", "una", "unos", "unas", "mi", "mis", "como", "que",
    "para", "por", "en", "y", "o", "e", "al", "del", "se", "me", "lo", "le", "les", "es", "su",
    "sus", "tu", "tus", "con", "hola", "favor", "porfa", "yo", "esto", "este", "esta", "eso",
    "q", "k", "x", "pa", "ni", "si", "soy", "eres", "son", "estoy", "estan", "ser", "fue",
    "era", "muy", "ya", "pero", "nos", "te", "ti", "usted", "ud",
    // Chinese (Simplified, after normalisation)
    "的", "了", "吗", "呢", "吧", "啊", "呀", "嘛", "我", "我们", "怎么", "怎样", "如何", "什么", "请问", "一下", "是",
    "在", "您", "你", "请",
];

/// Words that appear in many questions without saying what they are about (question words,
/// "need", "best", the country and its capital). They still count, with a reduced weight, so
/// "where to buy a SIM" keeps its "where" but "best ceviche in Lima" is not a question about
/// the best operator.
#[rustfmt::skip]
pub(crate) const WEAK_WORDS: &[&str] = &[
    // English
    "where", "when", "which", "who", "why", "best", "better", "good", "need", "want", "get",
    "got", "have", "has", "know", "much", "many", "can", "could", "would", "should", "will",
    "still", "also", "just", "really", "now", "today", "peru", "lima", "peruvian", "use",
    "work", "going", "go", "here", "say", "says", "said", "tell", "told", "true", "anymore",
    "around", "other", "another", "only", "like", "thing", "way", "someone", "something",
    "heard", "activate",
    // Spanish
    "donde", "cuando", "cual", "cuales", "quien", "porque", "mejor", "bueno", "buena",
    "necesito", "quiero", "tengo", "tiene", "hay", "puedo", "puede", "pueden", "saber",
    "cuanto", "cuanta", "mucho", "todavia", "tambien", "ahora", "hoy", "peru", "lima",
    "peruano", "hacer", "hago", "sirve", "usar", "sacar", "saco", "solo", "mas", "menos", "aca",
    "aqui", "alla", "ahi", "entonces", "dice", "dicen", "otro", "otra", "algo", "alguien",
    "cosa", "vez", "bien", "xq", "pq", "porq", "activar",
    // Chinese
    "哪里", "哪儿", "哪个", "哪家", "什么时候", "为什么", "最好", "好", "需要", "想", "要", "有", "能", "可以", "会", "知道",
    "多少", "还", "也", "现在", "今天", "秘鲁", "利马", "用", "去", "说", "只", "一", "个", "这", "那", "些", "下",
    "里", "过", "着", "都", "就", "行", "还是", "时候", "怎么办", "办", "做", "开通", "办理", "激活", "开",
];

/// Places in Peru people mention in passing ("signal in Huaraz", "SIM at Lima airport"): they
/// neither make a question about the knowledge base nor make it off-topic, so they count as weak
/// words whether or not the knowledge base mentions them.
#[rustfmt::skip]
pub(crate) const PLACES: &[&str] = &[
    "lima", "cusco", "cuzco", "arequipa", "iquitos", "huaraz", "puno", "titicaca", "trujillo",
    "chiclayo", "piura", "tacna", "ica", "huacachina", "paracas", "nazca", "nasca",
    "machu picchu", "aguas calientes", "miraflores", "barranco", "san isidro", "callao",
    "amazon", "amazonas", "amazonia", "selva", "jungle", "andes", "sierra", "inca trail",
    "camino inca", "sacred valley", "valle sagrado", "colca", "mancora", "tumbes", "cajamarca",
    "ayacucho", "huancayo", "pucallpa", "tarapoto", "chachapoyas", "puerto maldonado",
    "rainbow mountain", "利马", "库斯科", "阿雷基帕", "伊基托斯", "的的喀喀湖", "马丘比丘", "亚马逊", "亚马孙", "纳斯卡",
    "帕拉卡斯", "瓦拉斯", "普诺", "特鲁希略", "雨林", "圣谷",
];

/// Very common irregular Spanish verb forms, mapped to the root their infinitive stems to
/// ("poner saldo" is how many Peruvians say "top up": "pongo saldo" must meet it).
#[rustfmt::skip]
pub(crate) const IRREGULAR: &[(&str, &str)] = &[
    ("pongo", "pon"), ("pone", "pon"), ("pones", "pon"), ("ponen", "pon"), ("puse", "pon"),
    ("puso", "pon"), ("pusieron", "pon"), ("poniendo", "pon"), ("hago", "hac"), ("hace", "hac"),
    ("hacen", "hac"), ("hice", "hac"), ("hizo", "hac"), ("tengo", "ten"), ("tiene", "ten"),
    ("tienen", "ten"), ("tuve", "ten"), ("puedo", "pod"), ("puede", "pod"), ("pueden", "pod"),
    ("pude", "pod"), ("pudo", "pod"), ("llego", "lleg"), ("llega", "lleg"),
];
