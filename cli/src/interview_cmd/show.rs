//! What the interview shows: questions, answers, the review and the
//! summary, as terminal text and as JSON.

use super::*;

/// An answer as words in the user's language, as the core writes it for
/// every shell.
pub(super) fn answer_text(loaded: &Loaded, slot: &Slot, a: &Answer) -> String {
    waymark_core::questionnaire::answer_text(
        &loaded.q.questionnaire,
        &slot.question,
        a,
        &loaded.loc,
    )
}

pub(super) fn section_heading(loaded: &Loaded, view: &QuestionView) -> Option<String> {
    let title = loaded.t(view.section_title.as_deref()?);
    Some(match view.slot.instance {
        Some(i) => text(
            "cli-interview-section-instance",
            &[
                ("title", title.into()),
                ("number", (i + 1).to_string().into()),
            ],
        ),
        None => text("cli-interview-section", &[("title", title.into())]),
    })
}

/// The question as shown: progress, label, interviewer hint, options and
/// what kind of answer is expected.
pub(super) fn question_text(
    loaded: &Loaded,
    session: &Session,
    view: &QuestionView,
    show: bool,
) -> String {
    let p = session.progress();
    let mut lines = vec![format!(
        "[{}/{}] {}",
        p.answered,
        p.relevant,
        view.label
            .as_deref()
            .map(|l| loaded.t(l))
            .unwrap_or_default()
    )];
    if let Some(h) = &view.hint {
        lines.push(format!(
            "    {}",
            text("cli-interview-hint", &[("hint", loaded.t(h).into())])
        ));
    }
    let kind_hint = match view.kind {
        QuestionType::Integer => Some("cli-interview-kind-integer"),
        QuestionType::Decimal => Some("cli-interview-kind-decimal"),
        QuestionType::Date => Some("cli-interview-kind-date"),
        QuestionType::Text => Some("cli-interview-kind-text"),
        QuestionType::MultipleChoice => Some("cli-interview-kind-multiple"),
        QuestionType::Note => Some("cli-interview-kind-note"),
        _ => None,
    };
    for (i, (label, _)) in options(loaded, view).iter().enumerate() {
        lines.push(format!("  {:>2}  {label}", i + 1));
    }
    if let Some(id) = kind_hint {
        lines.push(format!("    {}", text(id, &[])));
    }
    if view.kind.is_answerable() && !view.required {
        lines.push(format!("    {}", text("cli-interview-kind-optional", &[])));
    }
    if let (true, Some(a)) = (show, &view.answer) {
        lines.push(format!(
            "    {}",
            text(
                "cli-interview-current-answer",
                &[("answer", answer_text(loaded, &view.slot, a).into())]
            )
        ));
    }
    lines.join("\n")
}

pub(super) fn view_json(view: &QuestionView, show: bool) -> Value {
    json!({
        "question": view.slot.question,
        "block": view.slot.instance.map(|i| i + 1),
        "section": view.section,
        "kind": view.kind,
        "required": view.required,
        "answer": if show { json!(view.answer) } else { Value::Null },
    })
}

pub(super) fn review_text(loaded: &Loaded, items: &[ReviewItem]) -> String {
    let mut lines = vec![text("cli-interview-review-title", &[])];
    for (n, item) in items.iter().enumerate() {
        let answer = item.answer.as_ref().map_or_else(
            || text("cli-interview-review-unanswered", &[]),
            |a| answer_text(loaded, &item.slot, a),
        );
        let mut question = item
            .label
            .as_deref()
            .map(|l| loaded.t(l))
            .unwrap_or_default();
        if let Some(i) = item.slot.instance {
            question = format!("{question} ({})", i + 1);
        }
        lines.push(text(
            "cli-interview-review-item",
            &[
                ("number", (n + 1).to_string().into()),
                ("question", question.into()),
                ("answer", answer.into()),
            ],
        ));
    }
    lines.join("\n")
}

pub(super) fn items_json(loaded: &Loaded, items: &[ReviewItem]) -> Vec<Value> {
    items
        .iter()
        .map(|i| {
            json!({
                "question": i.slot.question,
                "block": i.slot.instance.map(|n| n + 1),
                "section": i.section,
                "answer": i.answer,
                "text": i.answer.as_ref().map(|a| answer_text(loaded, &i.slot, a)),
            })
        })
        .collect()
}

/// The summary a viewer may see, as text and JSON. Helplines come from the
/// directory (built in and installed packs) for the person's country, in
/// the user's language first.
pub(super) fn summary(
    cx: &Ctx,
    loaded: &Loaded,
    session: &Session,
    viewer: Viewer,
    country: Option<&str>,
) -> (String, Value) {
    let s = session.summary_for(viewer);
    let shown = outcome_text(&s.outcome, &loaded.loc);
    let mut lines = vec![
        text(
            "cli-interview-summary-title",
            &[("title", loaded.title().into())],
        ),
        text(
            "cli-interview-summary-risk",
            &[("risk", shown.risk_text.as_str().into())],
        ),
    ];
    if shown.indicators.is_empty() {
        lines.push(text("cli-interview-summary-no-indicators", &[]));
    } else {
        lines.push(text("cli-interview-summary-indicators", &[]));
    }
    for ind in &shown.indicators {
        lines.push(text(
            "cli-interview-summary-indicator",
            &[
                ("name", ind.name.as_str().into()),
                ("strength", ind.strength_text.as_str().into()),
            ],
        ));
    }
    let indicators: Vec<Value> = shown
        .indicators
        .iter()
        .map(|i| json!({ "id": i.id, "name": i.name, "strength": i.strength, "weight": i.weight }))
        .collect();
    let mut actions = Vec::new();
    if !shown.next_steps.is_empty() {
        let heading = if session.mode() == Mode::SelfCheck {
            "cli-interview-summary-options"
        } else {
            "cli-interview-summary-actions"
        };
        lines.push(text(heading, &[]));
    }
    for step in &shown.next_steps {
        match step {
            NextStepText::Message { id, text: t } => {
                lines.push(text(
                    "cli-interview-summary-action",
                    &[("text", t.as_str().into())],
                ));
                actions.push(json!({ "type": "message", "id": id, "text": t }));
            }
            NextStepText::ReferHelplines => {
                let (t, helplines) = helplines(cx, country);
                lines.push(t);
                actions.push(json!({ "type": "refer_helplines", "country": country, "helplines": helplines }));
            }
        }
    }
    lines.push(text(
        "cli-interview-summary-progress",
        &[
            ("answered", s.progress.answered.to_string().into()),
            ("relevant", s.progress.relevant.to_string().into()),
        ],
    ));
    if s.stopped {
        lines.push(text("cli-interview-summary-stopped", &[]));
    }
    let answers = match &s.answers {
        Some(items) => {
            lines.push(String::new());
            lines.push(review_text(loaded, items));
            json!(items_json(loaded, items))
        }
        None => {
            lines.push(text("cli-interview-summary-answers-hidden", &[]));
            Value::Null
        }
    };
    let v = json!({
        "questionnaire_id": loaded.q.questionnaire.id,
        "version": loaded.q.questionnaire.version,
        "mode": session.mode(),
        "viewer": viewer,
        "risk": shown.risk,
        "risk_text": shown.risk_text,
        "indicators": indicators,
        "actions": actions,
        "progress": s.progress,
        "stopped": s.stopped,
        "answers": answers,
    });
    (lines.join("\n"), v)
}

/// Helplines for `country` in the user's language, from the vault's
/// directory (installed packs, then the built-in one).
pub(super) fn helplines(cx: &Ctx, country: Option<&str>) -> (String, Vec<Value>) {
    if country.map(str::trim).unwrap_or_default().is_empty() {
        return (
            text("cli-interview-summary-helplines-country", &[]),
            Vec::new(),
        );
    }
    let store = ContentStore::new(Arc::clone(&cx.vault));
    let found = waymark_core::questionnaire::result_helplines(&store, country, loc().locale())
        .unwrap_or_default();
    if found.is_empty() {
        return (
            text("cli-interview-summary-helplines-none", &[]),
            Vec::new(),
        );
    }
    let mut lines = vec![text("cli-interview-summary-helplines", &[])];
    let mut data = Vec::new();
    for e in &found {
        let h = &e.helpline;
        lines.push(format!("    {} — {}", h.name, h.operator));
        for c in &h.channels {
            lines.push(format!("      {}", channel_line(c)));
        }
        data.push(json!({ "pack_id": e.pack_id, "helpline": h }));
    }
    (lines.join("\n"), data)
}
