//! The places people name when asked for their time zone, as data: each with its zone, how
//! it is shown in zh/es/en, and the names that mean it. `names` reads this table.
use chrono_tz::Tz;

/// A place people name: its zone, how it is shown in zh/es/en, and the folded names that
/// mean it (lowercase, no accents; Chinese as typed, Traditional spellings listed too).
pub(super) struct Place {
    pub tz: Tz,
    pub shown: [&'static str; 3],
    pub names: &'static [&'static str],
}

/// The places, most likely first: suggestions that tie keep this order.
pub(super) const PLACES: &[Place] = &[
    place(
        Tz::America__Lima,
        ["利马", "Lima", "Lima"],
        &[
            "lima",
            "peru",
            "peruana",
            "peruano",
            "利马",
            "利馬",
            "秘鲁",
            "秘魯",
            "cusco",
            "cuzco",
            "arequipa",
            "trujillo",
            "piura",
            "chiclayo",
            "iquitos",
            "huancayo",
            "puno",
            "tacna",
            "ica",
            "库斯科",
            "庫斯科",
            "阿雷基帕",
        ],
    ),
    place(
        Tz::Asia__Shanghai,
        ["北京", "Pekín", "Beijing"],
        &[
            "beijing",
            "peking",
            "pekin",
            "shanghai",
            "china",
            "北京",
            "上海",
            "中国",
            "中國",
            "guangzhou",
            "shenzhen",
            "广州",
            "廣州",
            "深圳",
        ],
    ),
    place(
        Tz::Europe__London,
        ["伦敦", "Londres", "London"],
        &[
            "london",
            "londres",
            "伦敦",
            "倫敦",
            "uk",
            "united kingdom",
            "reino unido",
            "england",
            "inglaterra",
            "英国",
            "英國",
        ],
    ),
    place(
        Tz::Europe__Madrid,
        ["马德里", "Madrid", "Madrid"],
        &[
            "madrid",
            "espana",
            "spain",
            "barcelona",
            "西班牙",
            "马德里",
            "馬德里",
        ],
    ),
    place(
        Tz::America__New_York,
        ["纽约", "Nueva York", "New York"],
        &[
            "new york",
            "nueva york",
            "nyc",
            "miami",
            "boston",
            "washington",
            "纽约",
            "紐約",
        ],
    ),
    place(
        Tz::America__Los_Angeles,
        ["洛杉矶", "Los Ángeles", "Los Angeles"],
        &[
            "los angeles",
            "san francisco",
            "california",
            "seattle",
            "洛杉矶",
            "洛杉磯",
            "旧金山",
            "舊金山",
        ],
    ),
    place(
        Tz::America__Chicago,
        ["芝加哥", "Chicago", "Chicago"],
        &["chicago", "芝加哥"],
    ),
    place(
        Tz::America__Mexico_City,
        ["墨西哥城", "Ciudad de México", "Mexico City"],
        &[
            "ciudad de mexico",
            "mexico city",
            "mexico",
            "cdmx",
            "墨西哥",
            "墨西哥城",
        ],
    ),
    place(
        Tz::America__Bogota,
        ["波哥大", "Bogotá", "Bogotá"],
        &[
            "bogota",
            "colombia",
            "medellin",
            "波哥大",
            "哥伦比亚",
            "哥倫比亞",
        ],
    ),
    place(
        Tz::America__Guayaquil,
        ["基多", "Quito", "Quito"],
        &[
            "quito",
            "guayaquil",
            "ecuador",
            "基多",
            "厄瓜多尔",
            "厄瓜多爾",
        ],
    ),
    place(
        Tz::America__La_Paz,
        ["拉巴斯", "La Paz", "La Paz"],
        &["la paz", "bolivia", "拉巴斯", "玻利维亚", "玻利維亞"],
    ),
    place(
        Tz::America__Caracas,
        ["加拉加斯", "Caracas", "Caracas"],
        &["caracas", "venezuela", "加拉加斯", "委内瑞拉", "委內瑞拉"],
    ),
    place(
        Tz::America__Santiago,
        ["圣地亚哥", "Santiago de Chile", "Santiago"],
        &[
            "santiago",
            "santiago de chile",
            "chile",
            "圣地亚哥",
            "聖地亞哥",
            "智利",
        ],
    ),
    place(
        Tz::America__Argentina__Buenos_Aires,
        ["布宜诺斯艾利斯", "Buenos Aires", "Buenos Aires"],
        &["buenos aires", "argentina", "布宜诺斯艾利斯", "阿根廷"],
    ),
    place(
        Tz::America__Sao_Paulo,
        ["圣保罗", "São Paulo", "São Paulo"],
        &[
            "sao paulo",
            "brasil",
            "brazil",
            "rio de janeiro",
            "圣保罗",
            "聖保羅",
            "巴西",
        ],
    ),
    place(
        Tz::Europe__Paris,
        ["巴黎", "París", "Paris"],
        &["paris", "france", "francia", "巴黎", "法国", "法國"],
    ),
    place(
        Tz::Europe__Berlin,
        ["柏林", "Berlín", "Berlin"],
        &["berlin", "germany", "alemania", "柏林", "德国", "德國"],
    ),
    place(
        Tz::Europe__Rome,
        ["罗马", "Roma", "Rome"],
        &["rome", "roma", "italy", "italia", "罗马", "羅馬", "意大利"],
    ),
    place(
        Tz::Asia__Hong_Kong,
        ["香港", "Hong Kong", "Hong Kong"],
        &["hong kong", "hongkong", "香港"],
    ),
    place(
        Tz::Asia__Taipei,
        ["台北", "Taipéi", "Taipei"],
        &["taipei", "taiwan", "台北", "臺北", "台湾", "臺灣"],
    ),
    place(
        Tz::Asia__Tokyo,
        ["东京", "Tokio", "Tokyo"],
        &["tokyo", "tokio", "japan", "japon", "东京", "東京", "日本"],
    ),
    place(
        Tz::Asia__Seoul,
        ["首尔", "Seúl", "Seoul"],
        &[
            "seoul", "seul", "korea", "corea", "首尔", "首爾", "韩国", "韓國",
        ],
    ),
    place(
        Tz::Asia__Singapore,
        ["新加坡", "Singapur", "Singapore"],
        &["singapore", "singapur", "新加坡"],
    ),
    place(
        Tz::Australia__Sydney,
        ["悉尼", "Sídney", "Sydney"],
        &["sydney", "sidney", "悉尼", "雪梨"],
    ),
    place(Tz::UTC, ["UTC", "UTC", "UTC"], &["utc", "gmt", "z"]),
];

const fn place(tz: Tz, shown: [&'static str; 3], names: &'static [&'static str]) -> Place {
    Place { tz, shown, names }
}
