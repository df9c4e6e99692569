//! `person list` and `search`: many people at once, as an aligned table or a JSON array.

use crate::args::{FilterArgs, ListArgs, SearchArgs};
use crate::book::{open, Open};
use crate::fail::Outcome;
use crate::output::{label, note, print, print_json, shell_quote};
use crate::table::{Column, Table};
use crate::Ctx;
use liaison_core::{PersonFilter, PersonListReq, PersonSummary, SearchReq};

impl From<FilterArgs> for PersonFilter {
    fn from(f: FilterArgs) -> Self {
        PersonFilter {
            kind: f.kind,
            stage: f.stage,
            country: f.country,
            city: f.city,
            language: f.language,
            platform: f.platform,
            tag: f.tag,
            archived: f.archived.into(),
        }
    }
}

pub fn list(a: ListArgs, ctx: &Ctx) -> Outcome {
    let book = open(ctx.db.clone(), Open::MustExist)?;
    let mut req = PersonListReq {
        filter: a.filter.into(),
        sort: a.sort.into(),
        descending: a.desc,
        cursor: a.cursor,
        offset: None,
        limit: a.limit,
    };
    let mut people = Vec::new();
    let (next, total) = loop {
        let page = book.person_list(&req)?;
        people.extend(page.items);
        // `--all` follows the cursor the core hands back, so it stays correct while someone
        // edits in the app: no offsets that shift under an insert.
        match page.next_cursor {
            Some(c) if a.all => req.cursor = Some(c),
            next => break (next, page.total),
        }
    };
    if people.is_empty() && !ctx.json && book.person_count()? == 0 {
        note("No one here yet: add someone with `liaison person add --name …`.");
        return Ok(());
    }
    show(&people, ctx.json)?;
    if let Some(c) = next {
        // On stderr: the table or the JSON array on stdout stays exactly what was asked for.
        note(&format!(
            "{} of {total} shown; for the next page, repeat the command with --cursor {} \
             (or use --all)",
            people.len(),
            shell_quote(&c)
        ));
    }
    Ok(())
}

pub fn search(a: SearchArgs, ctx: &Ctx) -> Outcome {
    let book = open(ctx.db.clone(), Open::MustExist)?;
    let req = SearchReq {
        query: a.query.join(" "),
        filter: a.filter.into(),
        limit: Some(a.limit),
    };
    let people = book.search(&req)?;
    show(&people, ctx.json)
}

fn show(people: &[PersonSummary], json: bool) -> Outcome {
    if json {
        return print_json(people);
    }
    if people.is_empty() {
        note("No one matches.");
        return Ok(());
    }
    print(&table(people))
}

/// Name first, where the eye starts; the id last and whole, to copy into `person show`.
fn table(people: &[PersonSummary]) -> String {
    let col = |heading, max| Column { heading, max };
    let mut t = Table::new(vec![
        col("NAME", 30),
        col("KIND", 20),
        col("STAGE", 26),
        col("PLACE", 26),
        col("HANDLE", 30),
        col("ID", 40),
    ]);
    for p in people {
        let mut stage = label(p.stage.as_str());
        if p.archived {
            stage.push_str(" (archived)");
        }
        let place = [p.city.as_str(), p.country.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        t.push(vec![
            p.display_name.clone(),
            label(p.kind.as_str()),
            stage,
            place,
            p.primary_handle.clone().unwrap_or_default(),
            p.id.clone(),
        ]);
    }
    t.render()
}
