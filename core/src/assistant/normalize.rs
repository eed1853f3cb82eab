//! Turns typed text into comparable tokens: Unicode NFKC, lower case,
//! folded accents and marks, stems where a Snowball stemmer exists, and
//! character runs for scripts written without spaces.
//!
//! The same steps run on authors' phrases and on what people type, so a
//! folding that loses a distinction (Vietnamese tones, Russian `ё`) loses it
//! on both sides: people often type without accents on a phone.

use rust_stemmers::{Algorithm, Stemmer};
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// One unit of text to compare.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token {
    /// A word of a script with spaces: its folded form and its stem, and,
    /// when it was written with accents, its accented form. Two words both
    /// written with accents are the same only if the accents agree:
    /// Vietnamese "bạn" (friend) is not "bán" (sell), though both are
    /// "ban" to someone typing without tones.
    Word {
        surface: String,
        stem: String,
        marked: Option<String>,
        /// Whether the folded word negates (`is_negation`), and the lengths
        /// in characters of `surface` and `stem`: worked out once here
        /// because the matcher asks them for every pair of words.
        negation: bool,
        surface_chars: usize,
        stem_chars: usize,
    },
    /// A run of a script without spaces (Thai, Burmese, Chinese…), folded.
    Run(String),
}

impl Token {
    /// How much this token counts in a phrase: its length in characters.
    pub fn weight(&self) -> usize {
        match self {
            Token::Word { surface_chars, .. } => (*surface_chars).max(1),
            Token::Run(s) => s.chars().count().max(1),
        }
    }
}

/// The normaliser of one language. `Send + Sync`.
pub struct Normalizer {
    stemmer: Option<Stemmer>,
}

impl std::fmt::Debug for Normalizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Normalizer")
            .field("stems", &self.stemmer.is_some())
            .finish()
    }
}

/// The Snowball stemmer for a locale's language, when one exists.
fn algorithm(locale: &str) -> Option<Algorithm> {
    let primary = locale
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    Some(match primary.as_str() {
        "en" => Algorithm::English,
        "es" => Algorithm::Spanish,
        "fr" => Algorithm::French,
        "pt" => Algorithm::Portuguese,
        "ro" => Algorithm::Romanian,
        "ru" => Algorithm::Russian,
        "ar" => Algorithm::Arabic,
        "de" => Algorithm::German,
        "it" => Algorithm::Italian,
        "nl" => Algorithm::Dutch,
        "tr" => Algorithm::Turkish,
        "el" => Algorithm::Greek,
        _ => return None,
    })
}

impl Normalizer {
    pub fn new(locale: &str) -> Normalizer {
        Normalizer {
            stemmer: algorithm(locale).map(Stemmer::create),
        }
    }

    /// Whether this language has a stemmer.
    pub fn stems(&self) -> bool {
        self.stemmer.is_some()
    }

    /// The tokens of `text`.
    pub fn tokens(&self, text: &str) -> Vec<Token> {
        self.tokens_and_clauses(text).0
    }

    /// The tokens of `text`, and the indices of the tokens that start a
    /// clause after punctuation ([`is_clause_mark`]): "no money, he hits
    /// me" has two clauses.
    pub fn tokens_and_clauses(&self, text: &str) -> (Vec<Token>, Vec<usize>) {
        // Split the text with its accents kept; fold each word afterwards.
        // Folding only removes marks inside words, so the words are the
        // same either way.
        let accented = fold_with(text, true);
        let mut tokens = Vec::new();
        let mut clauses = Vec::new();
        let mut clause_mark = false;
        let mut current = String::new();
        let mut spaceless = false;
        let flush = |current: &mut String, spaceless: bool, tokens: &mut Vec<Token>| {
            if current.is_empty() {
                return;
            }
            let raw = std::mem::take(current);
            if spaceless {
                tokens.push(Token::Run(fold_with(&raw, false)));
            } else {
                let s = fold_with(&raw, false);
                let stem = match &self.stemmer {
                    Some(st) => unify_letters(&st.stem(&s)),
                    None => unify_letters(&s),
                };
                let raw: String = raw.nfc().collect();
                let surface = unify_letters(&s);
                tokens.push(Token::Word {
                    marked: (raw != s).then(|| unify_letters(&raw)),
                    negation: is_negation(&surface),
                    surface_chars: surface.chars().count(),
                    stem_chars: stem.chars().count(),
                    surface,
                    stem,
                });
            }
        };
        for c in accented.chars() {
            let part_of_word = c.is_alphanumeric() || is_combining_mark(c);
            if !part_of_word {
                flush(&mut current, spaceless, &mut tokens);
                clause_mark |= is_clause_mark(c);
                continue;
            }
            if clause_mark && current.is_empty() {
                if !tokens.is_empty() {
                    clauses.push(tokens.len());
                }
                clause_mark = false;
            }
            // Marks belong to the run they follow.
            let this_spaceless = if is_combining_mark(c) {
                spaceless
            } else {
                is_spaceless(c)
            };
            if !current.is_empty() && this_spaceless != spaceless {
                flush(&mut current, spaceless, &mut tokens);
            }
            spaceless = this_spaceless;
            current.push(c);
        }
        flush(&mut current, spaceless, &mut tokens);
        (tokens, clauses)
    }
}

/// Punctuation that ends a clause, in the scripts people type: a negation
/// before it does not reach the words after it.
pub fn is_clause_mark(c: char) -> bool {
    matches!(
        c,
        ',' | ';'
            | '.'
            | '!'
            | '?'
            | ':'
            | '\n'
            | '،'
            | '؛'
            | '؟'
            | '।'
            | '॥'
            | '၊'
            | '။'
            | '。'
            | '，'
            | '；'
            | '！'
            | '？'
            | '：'
    )
}

/// Words that start a new clause ("and", "but"), folded: a negation before
/// one does not reach the words after it ("I can't sleep and I want to
/// die").
const CLAUSE_WORDS: &[&str] = &[
    "and",
    "but",
    "because",
    "then",
    "y",
    "pero",
    "porque",
    "e",
    "mas",
    "et",
    "mais",
    "и",
    "а",
    "но",
    "потому",
    "і",
    "й",
    "та",
    "але",
    "бо",
    "و",
    "ولی",
    "اما",
    "لکن",
    "और",
    "लेकिन",
    "lakini",
    "nhung",
];

/// Whether a (folded) word starts a new clause: one of [`CLAUSE_WORDS`],
/// or an Arabic word with "and" written onto it ("وأريد", and I want).
pub fn starts_clause(w: &str) -> bool {
    CLAUSE_WORDS.contains(&w) || (w.starts_with('و') && w.chars().count() >= 5)
}

/// NFKC, lower case, and accents folded where they are decoration rather
/// than letters: combining marks after Latin, Greek and Cyrillic letters,
/// Arabic vowel marks and tatweel. Invisible joiners and format characters
/// are dropped. Marks of Thai, Devanagari, Burmese… stay: they are letters.
pub fn fold(text: &str) -> String {
    fold_with(text, false)
}

/// [`fold`], keeping the accents of Latin, Greek and Cyrillic letters when
/// `keep_accents` (in NFD order; compose with NFC to compare).
fn fold_with(text: &str, keep_accents: bool) -> String {
    let nfkc: String = text.nfkc().collect();
    let lower = nfkc.to_lowercase();
    let mut out = String::with_capacity(lower.len());
    let mut foldable_base = false;
    for c in lower.nfd() {
        let cp = c as u32;
        // Zero-width space, joiners, word joiner, BOM, soft hyphen, and
        // apostrophes: "can't" and "cant", "б'є" and "бє" are typed alike.
        if matches!(
            cp,
            0x200B..=0x200D | 0x2060 | 0xFEFF | 0x00AD | 0x27 | 0x2019 | 0x02BC
        ) {
            continue;
        }
        // Arabic harakat, superscript alef, tatweel.
        if matches!(cp, 0x064B..=0x065F | 0x0670 | 0x0640) {
            continue;
        }
        if is_combining_mark(c) {
            if foldable_base && !keep_accents {
                continue;
            }
        } else {
            foldable_base = matches!(cp, 0x0041..=0x024F | 0x0370..=0x052F | 0x1E00..=0x1FFF);
        }
        out.push(c);
    }
    out.nfc().collect()
}

/// Letters people write interchangeably: Arabic and Persian forms of yeh,
/// kaf and alef, teh marbuta; Vietnamese đ typed as d on keyboards without
/// it. Applied after stemming so the Arabic stemmer still sees Arabic
/// letters.
pub(crate) fn unify_letters(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'đ' => 'd',
            'ي' | 'ى' => 'ی',
            'ك' => 'ک',
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ة' => 'ه',
            other => other,
        })
        .collect()
}

/// Scripts written without spaces between words.
pub fn is_spaceless(c: char) -> bool {
    is_han(c)
        || matches!(c as u32,
            0x0E00..=0x0EFF        // Thai, Lao
            | 0x1000..=0x109F      // Myanmar
            | 0xA9E0..=0xA9FF | 0xAA60..=0xAA7F // Myanmar extended
            | 0x1780..=0x17FF      // Khmer
            | 0x3040..=0x30FF) // Hiragana, Katakana
}

/// Chinese characters (Han ideographs).
pub fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

/// Words that turn a sentence around, folded as [`fold`] leaves them
/// (apostrophes dropped, accents folded). A typo is never allowed to add or
/// remove one: "i cant leave" must not match "can i leave".
const NEGATIONS: &[&str] = &[
    // en
    "not",
    "no",
    "never",
    "cant",
    "cannot",
    "dont",
    "doesnt",
    "didnt",
    "wont",
    "wouldnt",
    "isnt",
    "arent",
    "wasnt",
    "werent",
    "couldnt",
    "shouldnt",
    "havent",
    "hasnt",
    "nobody",
    "nothing",
    // es, pt, fr, ro ("no one", "none" too: "no tengo ningún motivo")
    "nunca",
    "nadie",
    "nada",
    "nao",
    "ninguem",
    "pas",
    "jamais",
    "nu",
    "niciodata",
    "ningun",
    "ninguna",
    "ninguno",
    "nenhum",
    "nenhuma",
    "aucun",
    "aucune",
    "niciun",
    "nicio",
    // ru, uk
    "не",
    "нет",
    "ни",
    "никогда",
    "никакой",
    "никакого",
    "ні",
    "ніколи",
    "жодного",
    "жодної",
    // ar, fa (after folding: ی for ي)
    "لا",
    "لم",
    "لن",
    "لیس",
    "لست",
    "لسنا",
    "لیست",
    "نه",
    "هیچ",
    "نیستم",
    "نیست",
    "نیستیم",
    "نیستند",
    // hi, tl, sw, vi
    "नहीं",
    "नही",
    "मत",
    "न",
    "nahi",
    "nahin",
    "nai",
    "mesh",
    "mish",
    "msh",
    "hindi",
    "huwag",
    "hapana",
    "khong",
    "chua",
];

/// Persian and Arabic-script present-tense negation is a prefix: "نمی" + verb.
const NEGATION_PREFIXES: &[&str] = &["نمی", "nemi"];

/// Negations that come after what they negate: the Persian verb closes its
/// clause ("در خطر نیستم", not in danger), and a verb negated by a prefix
/// ("نمیشه") does not turn around the clause after it.
const TRAILING_NEGATIONS: &[&str] = &["نیستم", "نیست", "نیستیم", "نیستند"];

/// Whether a (folded) word is a negation or starts with a negation prefix.
pub fn is_negation(w: &str) -> bool {
    NEGATIONS.contains(&w) || negates_backward(w)
}

/// Negations folded from accented words, with the accents they are
/// written with: typed with other accents, the word is another word
/// (Vietnamese "nào", which, is not Portuguese "não").
const ACCENTED_NEGATIONS: &[(&str, &str)] = &[
    ("nao", "não"),
    ("ninguem", "ninguém"),
    ("niciodata", "niciodată"),
    ("ningun", "ningún"),
    ("khong", "không"),
    ("chua", "chưa"),
];

/// Whether a word of the text, as typed, can be the negation its folded
/// form is: without accents it can; with accents, only with the
/// negation's own.
pub fn written_as_negation(t: &Token) -> bool {
    let Token::Word {
        surface,
        marked,
        negation,
        ..
    } = t
    else {
        return false;
    };
    if !negation {
        return false;
    }
    match (
        marked,
        ACCENTED_NEGATIONS.iter().find(|(f, _)| f == surface),
    ) {
        (Some(m), Some((_, accented))) => m == accented,
        _ => true,
    }
}

/// Whether a (folded) negation word turns around the words after it
/// ("not in danger").
pub fn negates_forward(w: &str) -> bool {
    NEGATIONS.contains(&w) && !TRAILING_NEGATIONS.contains(&w)
}

/// Whether a (folded) negation turns around the words before it in its
/// clause (Persian verbs: "در خطر نیستم").
pub fn negates_backward(w: &str) -> bool {
    TRAILING_NEGATIONS.contains(&w) || NEGATION_PREFIXES.iter().any(|p| w.starts_with(p))
}

/// Whether two words were both written with accents that disagree, so they
/// may not match by their folded forms ("bạn" and "bán").
pub fn accents_differ(a: &Token, b: &Token) -> bool {
    match (a, b) {
        (
            Token::Word {
                marked: Some(x), ..
            },
            Token::Word {
                marked: Some(y), ..
            },
        ) => x != y,
        _ => false,
    }
}

/// A whole input that is just a number (`2`, `٢`, ` 3. `): its value.
pub fn as_number(text: &str) -> Option<usize> {
    let t: String = text.nfkc().collect();
    let t = t.trim().trim_end_matches(['.', ')']);
    if t.is_empty() || t.chars().count() > 3 {
        return None;
    }
    t.chars().try_fold(0usize, |acc, c| {
        crate::numerals::digit_value(c).map(|d| acc * 10 + d as usize)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_and_width() {
        assert_eq!(fold("Ça VA très BIEN"), "ca va tres bien");
        assert_eq!(fold("ＰＡＳＳＰＯＲＴ"), "passport");
        assert_eq!(fold("Ёлка"), "елка");
        assert_eq!(fold("Can’t"), "cant");
        assert_eq!(fold("Tôi cần giúp đỡ"), "toi can giup đo");
    }

    #[test]
    fn keeps_marks_that_are_letters() {
        // Thai vowel marks and Devanagari signs survive.
        assert_eq!(fold("ช่วยด้วย"), "ช่วยด้วย");
        assert_eq!(fold("मदद"), "मदद");
    }

    #[test]
    fn arabic_marks_removed_and_letters_unified() {
        let n = Normalizer::new("fa");
        let a = n.tokens("كمك");
        let b = n.tokens("کمک");
        assert_eq!(a, b);
        assert_eq!(fold("سَاعِدْنِي"), "ساعدني");
    }

    #[test]
    fn stems_where_a_stemmer_exists() {
        let n = Normalizer::new("en");
        let t = n.tokens("threatened");
        let u = n.tokens("threatening");
        match (&t[0], &u[0]) {
            (Token::Word { stem: a, .. }, Token::Word { stem: b, .. }) => assert_eq!(a, b),
            _ => panic!("words expected"),
        }
    }

    #[test]
    fn spaceless_scripts_become_runs() {
        let n = Normalizer::new("zh-Hans");
        let t = n.tokens("他拿走了我的护照!ok");
        assert_eq!(t[0], Token::Run("他拿走了我的护照".into()));
        assert!(matches!(&t[1], Token::Word { surface, .. } if surface == "ok"));
    }

    #[test]
    fn numbers_in_several_scripts() {
        assert_eq!(as_number("2"), Some(2));
        assert_eq!(as_number(" ٣ "), Some(3));
        assert_eq!(as_number("๑"), Some(1));
        assert_eq!(as_number("၂"), Some(2));
        assert_eq!(as_number("２."), Some(2));
        assert_eq!(as_number("two"), None);
    }
}
