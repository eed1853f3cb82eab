//! `--answers FILE`: an interview scripted from TOML or JSON, applied in the
//! questionnaire's order.

use super::*;

/// Reads an answers file: TOML, or JSON when it ends in `.json` or starts
/// with `{`. Top-level keys are question names; a repeat section's id holds
/// a list of blocks, each a table of its questions.
pub(super) fn read_answers_file(path: &Path) -> Result<Map<String, Value>, Failure> {
    let bad = |reason: String| {
        Failure::new(
            "invalid_answers",
            text("cli-interview-answers-file", &[("reason", reason.into())]),
        )
    };
    let src = std::fs::read_to_string(path).map_err(|e| bad(format!("{:?}", e.kind())))?;
    let is_json =
        path.extension().is_some_and(|e| e == "json") || src.trim_start().starts_with('{');
    let value = if is_json {
        // serde_json's messages give the line and column, never the value.
        serde_json::from_str::<Value>(&src).map_err(|e| bad(e.to_string()))?
    } else {
        let table = src
            .parse::<toml::Table>()
            .map_err(|e| bad(e.message().trim().to_owned()))?;
        toml_to_json(toml::Value::Table(table))
    };
    match value {
        Value::Object(map) => Ok(map),
        _ => Err(bad("not a table of answers".to_owned())),
    }
}

pub(super) fn toml_to_json(v: toml::Value) -> Value {
    match v {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => json!(i),
        toml::Value::Float(f) => json!(f),
        toml::Value::Boolean(b) => json!(b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(a) => Value::Array(a.into_iter().map(toml_to_json).collect()),
        toml::Value::Table(t) => {
            Value::Object(t.into_iter().map(|(k, v)| (k, toml_to_json(v))).collect())
        }
    }
}

/// An answer from a JSON value for a question of type `kind`. The value is
/// never quoted in an error.
pub(super) fn scripted_answer(
    name: &str,
    kind: QuestionType,
    v: &Value,
    l: &Localizer,
) -> Result<Answer, Failure> {
    let wrong = || {
        qfail(
            QuestionnaireError::WrongType {
                name: name.to_owned(),
            },
            l,
        )
    };
    match v.as_str() {
        Some("not_sure") => return Ok(Answer::NotSure),
        Some("prefer_not_to_say") => return Ok(Answer::PreferNotToSay),
        _ => {}
    }
    use QuestionType as T;
    Ok(match (kind, v) {
        (T::YesNo, Value::Bool(b)) => Answer::Choice(if *b { "yes" } else { "no" }.into()),
        (T::YesNo | T::SingleChoice | T::Region, Value::String(s)) => Answer::Choice(s.clone()),
        (T::MultipleChoice, Value::Array(items)) => Answer::Choices(
            items
                .iter()
                .map(|i| i.as_str().map(str::to_owned).ok_or_else(wrong))
                .collect::<Result<_, _>>()?,
        ),
        (T::MultipleChoice, Value::String(s)) => Answer::Choices(
            s.split(',')
                .map(str::trim)
                .filter(|x| !x.is_empty())
                .map(str::to_owned)
                .collect(),
        ),
        (T::Text, Value::String(s)) => Answer::Text(s.clone()),
        (T::Integer, Value::Number(n)) => Answer::Integer(n.as_i64().ok_or_else(wrong)?),
        (T::Integer, Value::String(s)) => {
            Answer::Integer(input::parse_integer(s, l.locale()).ok_or_else(wrong)?)
        }
        (T::Decimal, Value::Number(n)) => Answer::Decimal(n.as_f64().ok_or_else(wrong)?),
        (T::Decimal, Value::String(s)) => {
            Answer::Decimal(input::parse_decimal(s, l.locale()).ok_or_else(wrong)?)
        }
        (T::Date, Value::String(s)) => {
            Answer::Date(input::parse_date(s, l.locale()).ok_or_else(wrong)?)
        }
        (T::Acknowledgement, Value::Bool(true)) => Answer::Acknowledged,
        (T::Acknowledgement, Value::String(s)) if s == "yes" || s == "acknowledged" => {
            Answer::Acknowledged
        }
        (T::Note | T::Calculate, _) => {
            return Err(qfail(
                QuestionnaireError::NotAnswerable {
                    name: name.to_owned(),
                },
                l,
            ))
        }
        _ => return Err(wrong()),
    })
}

/// Applies an answers file in the questionnaire's order (so that skip logic
/// sees earlier answers first), adding one repeat block per list entry.
pub(super) fn apply_answers_file(
    loaded: &Loaded,
    session: &Session,
    path: &Path,
) -> Result<(), Failure> {
    let mut map = read_answers_file(path)?;
    let q = &loaded.q.questionnaire;
    let l = &loaded.loc;
    for section in &q.sections {
        let questions: Vec<_> = q
            .questions
            .iter()
            .filter(|x| q.section_of(x).is_some_and(|s| s.id == section.id))
            .collect();
        if !section.repeat {
            for question in questions {
                if let Some(v) = map.remove(&question.name) {
                    let a = scripted_answer(&question.name, question.kind, &v, l)?;
                    session
                        .answer(&Slot::top(&question.name), a)
                        .map_err(|e| qfail(e, l))?;
                }
            }
            continue;
        }
        let Some(blocks) = map.remove(&section.id) else {
            continue;
        };
        let not_list = || {
            Failure::new(
                "invalid_answers",
                text(
                    "cli-interview-answers-not-list",
                    &[("name", section.id.as_str().into())],
                ),
            )
        };
        let Value::Array(blocks) = blocks else {
            return Err(not_list());
        };
        for block in blocks {
            let Value::Object(mut block) = block else {
                return Err(not_list());
            };
            let i = session.add_repeat(&section.id).map_err(|e| qfail(e, l))?;
            for question in &questions {
                if let Some(v) = block.remove(&question.name) {
                    let a = scripted_answer(&question.name, question.kind, &v, l)?;
                    session
                        .answer(&Slot::at(&question.name, i), a)
                        .map_err(|e| qfail(e, l))?;
                }
            }
            if let Some(name) = block.keys().next() {
                return Err(unknown_in_file(name));
            }
        }
    }
    match map.keys().next() {
        Some(name) => Err(unknown_in_file(name)),
        None => Ok(()),
    }
}

pub(super) fn unknown_in_file(name: &str) -> Failure {
    // Names are the script's keys, not answers; cap them all the same.
    let name: String = name.chars().take(64).collect();
    Failure::new(
        "invalid_answers",
        text("cli-interview-answers-unknown", &[("name", name.into())]),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use waymark_core::i18n::Localizer;

    #[test]
    fn scripted_values_fit_their_question_types_or_are_refused() {
        let l = Localizer::new(&["en"]);
        let a = |k, v: Value| scripted_answer("q", k, &v, &l);
        use QuestionType as T;
        assert_eq!(
            a(T::YesNo, json!(true)).unwrap(),
            Answer::Choice("yes".into())
        );
        assert_eq!(a(T::Integer, json!("٤٢")).unwrap(), Answer::Integer(42));
        assert_eq!(a(T::Decimal, json!(2)).unwrap(), Answer::Decimal(2.0));
        assert_eq!(
            a(T::MultipleChoice, json!("a, b")).unwrap(),
            Answer::Choices(vec!["a".into(), "b".into()])
        );
        assert_eq!(a(T::Text, json!("not_sure")).unwrap(), Answer::NotSure);
        assert_eq!(
            a(T::Acknowledgement, json!(true)).unwrap(),
            Answer::Acknowledged
        );
        for (k, v) in [
            (T::Integer, json!(1.5)),
            (T::Integer, json!([1])),
            (T::Date, json!("yesterday")),
            (T::MultipleChoice, json!([1, 2])),
            (T::Acknowledgement, json!(false)),
        ] {
            let f = a(k, v).unwrap_err();
            assert_eq!(f.kind, "wrong_type");
            assert!(f.message.contains('q'));
        }
        assert_eq!(a(T::Note, json!(1)).unwrap_err().kind, "not_answerable");
    }
}
