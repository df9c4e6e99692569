//! Names and places for the sample people, grouped by culture so that a person's first name, last
//! name, city and language go together, as they mostly do in a real book of contacts.
//!
//! Lists run from common to rarer: the generator draws early entries more often, which gives the
//! skewed name frequencies of real data (many Marías, few Ximenas).

/// How a culture writes a full name.
#[derive(Clone, Copy)]
pub enum Order {
    /// "Amélie Dubois".
    GivenFirst,
    /// Family name first, joined by the separator: "王芳", "佐藤 健太".
    FamilyFirst(&'static str),
}

/// Which extra name parts a culture commonly has.
#[derive(Clone, Copy, PartialEq)]
pub enum Extra {
    None,
    /// Compound given names joined by a hyphen (Anne-Sophie, Jean-Éric).
    Hyphenated,
    /// A middle name (Emily Rose).
    Middle,
    /// Two family names (García López).
    TwoSurnames,
}

pub struct Culture {
    /// Relative share of the sample.
    pub weight: u64,
    pub order: Order,
    pub extra: Extra,
    pub first: &'static [&'static str],
    pub last: &'static [&'static str],
    /// Halves that combine into further names (family names, or CJK given names): dozens of
    /// listed names become hundreds, so 100k people are not a few thousand repeated names.
    pub parts: (&'static [&'static str], &'static [&'static str]),
    /// City, ISO country, IANA time zone.
    pub places: &'static [(&'static str, &'static str, &'static str)],
    pub langs: &'static [&'static str],
}

/// Kept compact by hand: one name per line would make this file three times as long.
#[rustfmt::skip]
pub const CULTURES: &[Culture] = &[
    Culture {
        weight: 22, order: Order::GivenFirst, extra: Extra::Hyphenated,
        first: &[
            "Camille", "Léa", "Amélie", "Chloé", "Manon", "Hugo", "Lucas", "Zoé", "Émile", "Inès",
            "Théo", "Hélène", "François", "Jérôme", "Noémie", "Anaïs", "Gaëlle", "Céline", "Maël",
            "Loïc", "Benoît", "Clémence", "Étienne", "Mathilde", "Raphaël", "Océane", "Aurélien",
            "Solène", "Margaux", "Joël", "Anne", "Sophie", "Marie", "Claire", "Jean", "Éric",
        ],
        last: &[
            "Martin", "Bernard", "Dubois", "Tremblay", "Gagnon", "Roy", "Côté", "Moreau", "Petit",
            "Durand", "Leroy", "Lefèvre", "Girard", "Bélanger", "Morin", "Fournier", "Mercier",
            "Garnier", "Chevalier", "Lemaire", "Rousseau", "Bouchard", "Pelletier", "Lévesque",
            "Gauthier", "Bérubé", "Fontaine", "Lacroix", "Faure", "Meunier", "Deschênes",
            "Bénard",
        ],
        parts: (
            &[
                "Beau", "Char", "Dela", "Mont", "Bel", "Roche", "Fon", "Lam", "Gre", "Bou", "Ver",
                "Cham",
            ],
            &[
                "lieu", "mont", "noir", "court", "ville", "champ", "ard", "et", "ier", "ot",
                "eau", "elin",
            ],
        ),
        places: &[
            ("Paris", "FR", "Europe/Paris"), ("Montréal", "CA", "America/Toronto"),
            ("Lyon", "FR", "Europe/Paris"), ("Québec", "CA", "America/Toronto"),
            ("Bruxelles", "BE", "Europe/Brussels"), ("Genève", "CH", "Europe/Zurich"),
            ("Marseille", "FR", "Europe/Paris"), ("Bordeaux", "FR", "Europe/Paris"),
            ("Nantes", "FR", "Europe/Paris"),
        ],
        langs: &["fr", "fr-CA", "en"],
    },
    Culture {
        weight: 22, order: Order::GivenFirst, extra: Extra::Middle,
        first: &[
            "Olivia", "Liam", "Emily", "James", "Sarah", "Noah", "Grace", "Ethan", "Ava",
            "Oliver", "Charlotte", "Brian", "Joel", "Maya", "Raymond", "Sophia", "Henry", "Chloe",
            "Jack", "Harper", "Daniel", "Madison", "Ryan", "Hannah", "Owen", "Abigail", "Rose",
            "Lee",
        ],
        last: &[
            "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson",
            "Taylor", "Anderson", "Thomas", "Jackson", "White", "Harris", "Clark", "Lewis",
            "Walker", "Hall", "Young", "King", "Wright", "Scott", "Green", "Baker", "Adams",
            "Nelson", "Carter", "Mitchell", "O'Brien", "Solis", "Backaler", "Cohen", "Nguyen",
        ],
        parts: (
            &[
                "Ash", "Black", "Brad", "Hart", "Lang", "Whit", "Stan", "Thorn", "Wood", "Fair",
                "Ken", "Holl",
            ],
            &[
                "ley", "ford", "well", "ton", "field", "wood", "by", "more", "ham", "worth",
                "ridge", "man",
            ],
        ),
        places: &[
            ("New York", "US", "America/New_York"), ("London", "GB", "Europe/London"),
            ("San Francisco", "US", "America/Los_Angeles"), ("Toronto", "CA", "America/Toronto"),
            ("Los Angeles", "US", "America/Los_Angeles"), ("Chicago", "US", "America/Chicago"),
            ("Austin", "US", "America/Chicago"), ("Sydney", "AU", "Australia/Sydney"),
            ("Dublin", "IE", "Europe/Dublin"), ("Manchester", "GB", "Europe/London"),
        ],
        langs: &["en", "en-GB", "en-US"],
    },
    Culture {
        weight: 14, order: Order::GivenFirst, extra: Extra::TwoSurnames,
        first: &[
            "María", "José", "Lucía", "Mateo", "Sofía", "João", "Matteo", "Valentina",
            "Alejandro", "Camila", "Martín", "Giulia", "Lorenzo", "Chiara", "Gonçalo", "Inês",
            "Beatriz", "Tomás", "Ximena", "Andrés", "Ángel", "Begoña",
        ],
        last: &[
            "García", "Rodríguez", "Martínez", "López", "González", "Hernández", "Pérez",
            "Sánchez", "Ramírez", "Torres", "Silva", "Santos", "Ferreira", "Oliveira", "Pereira",
            "Rossi", "Russo", "Bianchi", "Romano", "Esposito", "Conti", "Núñez", "Muñoz", "Gómez",
        ],
        parts: (
            &[
                "Alva", "Car", "Fer", "Gal", "Her", "Mar", "Nav", "Ped", "Val", "Vil", "Mor",
                "Bel",
            ],
            &[
                "ado", "arro", "ero", "ández", "illa", "ino", "eira", "ón", "es", "ales", "uez",
                "oso",
            ],
        ),
        places: &[
            ("Madrid", "ES", "Europe/Madrid"), ("México", "MX", "America/Mexico_City"),
            ("São Paulo", "BR", "America/Sao_Paulo"), ("Barcelona", "ES", "Europe/Madrid"),
            ("Buenos Aires", "AR", "America/Argentina/Buenos_Aires"),
            ("Bogotá", "CO", "America/Bogota"), ("Lisboa", "PT", "Europe/Lisbon"),
            ("Milano", "IT", "Europe/Rome"), ("Roma", "IT", "Europe/Rome"),
            ("Sevilla", "ES", "Europe/Madrid"),
        ],
        langs: &["es", "pt-BR", "pt", "it"],
    },
    Culture {
        weight: 8, order: Order::GivenFirst, extra: Extra::None,
        first: &[
            "Lena", "Jonas", "Felix", "Mia", "Lukas", "Björn", "Søren", "Zoë", "Jürgen", "Anja",
            "Katrin", "Jörg", "Annika", "Sören", "Åsa", "Magnus", "Ingrid", "Henrik",
        ],
        last: &[
            "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Schäfer", "Becker", "Wagner",
            "Hoffmann", "Koch", "Richter", "Krüger", "Jensen", "Hansen", "Nørgaard", "Andersson",
            "Johansson", "Lindqvist", "Håkansson", "Öberg",
        ],
        parts: (
            &[
                "Berg", "Stein", "Rosen", "Schwarz", "Lich", "Wald", "Eisen", "Lind", "Kirch",
                "Hoch", "Sand", "Holm",
            ],
            &[
                "mann", "berg", "feld", "thal", "hof", "bach", "er", "stein", "dorf", "ström",
                "gren", "lund",
            ],
        ),
        places: &[
            ("Berlin", "DE", "Europe/Berlin"), ("München", "DE", "Europe/Berlin"),
            ("Hamburg", "DE", "Europe/Berlin"), ("Köln", "DE", "Europe/Berlin"),
            ("Wien", "AT", "Europe/Vienna"), ("Zürich", "CH", "Europe/Zurich"),
            ("Stockholm", "SE", "Europe/Stockholm"), ("København", "DK", "Europe/Copenhagen"),
            ("Oslo", "NO", "Europe/Oslo"),
        ],
        langs: &["de", "sv", "da", "nb"],
    },
    Culture {
        weight: 7, order: Order::GivenFirst, extra: Extra::None,
        first: &[
            "Zofia", "Jakub", "Mehmet", "Elif", "Łukasz", "Ömer", "Çağla", "Agnieszka", "Tomáš",
            "Petra", "Ayşe", "Burak", "Katarzyna", "Dávid", "Zsófia", "Ivana", "Bogdan",
        ],
        last: &[
            "Nowak", "Kowalski", "Yılmaz", "Kaya", "Demir", "Novák", "Horváth", "Wiśniewski",
            "Wójcik", "Kamińska", "Dvořák", "Svoboda", "Şahin", "Çelik", "Öztürk", "Nagy", "Tóth",
            "Szabó", "Kovačević", "Popescu",
        ],
        parts: (
            &[
                "Kowal", "Zieli", "Lewan", "Dąbr", "Kozł", "Jank", "Wojc", "Maz", "Krawc", "Tur",
                "Ak", "Var",
            ],
            &[
                "ski", "czyk", "owski", "ewicz", "iak", "ek", "ńska", "ová", "oğlu", "gün", "ics",
                "escu",
            ],
        ),
        places: &[
            ("Warszawa", "PL", "Europe/Warsaw"), ("İstanbul", "TR", "Europe/Istanbul"),
            ("Kraków", "PL", "Europe/Warsaw"), ("Praha", "CZ", "Europe/Prague"),
            ("Budapest", "HU", "Europe/Budapest"), ("Ankara", "TR", "Europe/Istanbul"),
            ("București", "RO", "Europe/Bucharest"), ("Zagreb", "HR", "Europe/Zagreb"),
        ],
        langs: &["pl", "tr", "cs", "hu", "ro"],
    },
    Culture {
        weight: 8, order: Order::GivenFirst, extra: Extra::None,
        first: &[
            "Анна", "Мария", "Иван", "Дмитрий", "Юлия", "Сергей", "Алексей", "Екатерина", "Ольга",
            "Никита", "Татьяна", "Михаил", "Наталья", "Андрей", "Елена", "Владимир", "Ксения",
            "Артём",
        ],
        last: &[
            "Иванова", "Петров", "Смирнова", "Кузнецов", "Попова", "Соколов", "Лебедева",
            "Козлов", "Новикова", "Морозов", "Волкова", "Павлов", "Семёнова", "Голубев",
            "Виноградова", "Богданов", "Шевченко", "Коваленко",
        ],
        parts: (
            &[
                "Иван", "Петр", "Смирн", "Кузнец", "Соколь", "Лебед", "Козл", "Новик", "Морозь",
                "Волк", "Орл", "Зайц",
            ],
            &[
                "ов", "ова", "ин", "ина", "ский", "енко", "ев", "ева",
            ],
        ),
        places: &[
            ("Москва", "RU", "Europe/Moscow"), ("Санкт-Петербург", "RU", "Europe/Moscow"),
            ("Київ", "UA", "Europe/Kyiv"), ("Новосибирск", "RU", "Asia/Novosibirsk"),
            ("Казань", "RU", "Europe/Moscow"), ("София", "BG", "Europe/Sofia"),
        ],
        langs: &["ru", "uk", "bg"],
    },
    Culture {
        weight: 7, order: Order::FamilyFirst(""), extra: Extra::None,
        first: &[
            "伟", "芳", "娜", "静", "敏", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明", "超", "秀英", "丽",
            "强", "建华", "晓明", "子涵", "欣怡", "梓轩", "浩然",
        ],
        last: &[
            "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何",
            "林", "高", "罗",
        ],
        parts: (
            &[
                "子", "晓", "欣", "梓", "浩", "宇", "思", "雨", "佳", "俊", "嘉", "文",
            ],
            &[
                "涵", "怡", "轩", "然", "轩", "琪", "辰", "婷", "杰", "豪", "宁", "博",
            ],
        ),
        places: &[
            ("北京", "CN", "Asia/Shanghai"), ("上海", "CN", "Asia/Shanghai"),
            ("深圳", "CN", "Asia/Shanghai"), ("广州", "CN", "Asia/Shanghai"),
            ("成都", "CN", "Asia/Shanghai"), ("杭州", "CN", "Asia/Shanghai"),
            ("台北", "TW", "Asia/Taipei"), ("香港", "HK", "Asia/Hong_Kong"),
        ],
        langs: &["zh-Hans", "zh-Hant", "en"],
    },
    Culture {
        weight: 4, order: Order::FamilyFirst(" "), extra: Extra::None,
        first: &[
            "さくら", "健太", "翔太", "陽菜", "結衣", "大輝", "美咲", "蓮", "葵", "悠真",
        ],
        last: &[
            "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤",
        ],
        parts: (
            &[
                "翔", "陽", "結", "大", "美", "悠", "健", "拓", "愛", "真",
            ],
            &[
                "太", "菜", "衣", "輝", "咲", "真", "斗", "海", "子", "也",
            ],
        ),
        places: &[
            ("東京", "JP", "Asia/Tokyo"), ("大阪", "JP", "Asia/Tokyo"), ("京都", "JP", "Asia/Tokyo"),
            ("横浜", "JP", "Asia/Tokyo"),
        ],
        langs: &["ja", "en"],
    },
    Culture {
        weight: 2, order: Order::FamilyFirst(""), extra: Extra::None,
        first: &[
            "민준", "서연", "지우", "하은", "도윤", "서준", "지민",
        ],
        last: &[
            "김", "이", "박", "최", "정", "강",
        ],
        parts: (
            &[
                "민", "서", "지", "하", "도", "예", "수", "현",
            ],
            &[
                "준", "연", "우", "은", "윤", "진", "아", "호",
            ],
        ),
        places: &[
            ("서울", "KR", "Asia/Seoul"), ("부산", "KR", "Asia/Seoul"),
        ],
        langs: &["ko", "en"],
    },
    Culture {
        weight: 6, order: Order::GivenFirst, extra: Extra::None,
        first: &[
            "Aarav", "Priya", "Fatima", "Omar", "Amara", "Kwame", "Nadia", "Yusuf", "Aditya",
            "Ananya", "Rohan", "Chinedu", "Ngozi", "Oluwaseun", "Aisha", "Karim", "Layla",
            "Tariq", "Zainab", "Kofi",
        ],
        last: &[
            "Sharma", "Patel", "Okafor", "Haddad", "Mensah", "Gupta", "Singh", "Reddy", "Iyer",
            "Adeyemi", "Nwosu", "Boateng", "Mansour", "Khalil", "Benali", "El Amrani", "Diallo",
            "Ndiaye",
        ],
        parts: (
            &[
                "Ade", "Oba", "Chi", "Nka", "Ola", "Abu", "Ben", "Raj", "Kum", "Ose",
            ],
            &[
                "yemi", "nna", "ola", "lade", "tunde", "bakar", "ani", "esh", "ar", "ei",
            ],
        ),
        places: &[
            ("Mumbai", "IN", "Asia/Kolkata"), ("Lagos", "NG", "Africa/Lagos"),
            ("Bengaluru", "IN", "Asia/Kolkata"), ("Delhi", "IN", "Asia/Kolkata"),
            ("Accra", "GH", "Africa/Accra"), ("Nairobi", "KE", "Africa/Nairobi"),
            ("Dakar", "SN", "Africa/Dakar"), ("Casablanca", "MA", "Africa/Casablanca"),
            ("Dubai", "AE", "Asia/Dubai"),
        ],
        langs: &["en", "hi", "ar", "fr"],
    },
];
