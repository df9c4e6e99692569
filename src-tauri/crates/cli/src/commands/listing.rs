//! `person list` and `search`: many people at once, as an aligned table or a JSON array, and
//! the interactions and notes a search finds below them.

use crate::values::{kind_parser, parse_platform, stage_parser};
use clap::{Args, ValueEnum};
use liaison_core::{ArchivedFilter, PersonKind, PersonSort, Platform, Stage};

use crate::book::{open, Open};
use crate::fail::{Failure, Outcome};
use crate::output::{label, note, print, print_json, shell_quote};
use crate::table::{Column, Table};
use crate::Ctx;
use chrono_tz::Tz;
use liaison_core::{
    PersonFilter, PersonListReq, PersonSummary, SearchReq, TextHit, TextHitKind, MIN_TERM,
};

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
            ..Default::default()
        }
    }
}

pub fn list(a: ListArgs, ctx: &Ctx) -> Outcome {
    let book = open(ctx.db.clone(), Open::MustExist)?;
    let mut filter = a.filter.into_filter(&book)?;
    filter.query = a.name;
    let mut req = PersonListReq {
        filter,
        sort: a.sort.into(),
        descending: a.desc,
        cursor: a.cursor,
        offset: None,
        limit: a.limit,
        count_cap: None,
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

/// People first; below them, in human output, the interactions and notes whose text matches.
/// `--json` keeps printing the array of people (scripts rely on it); `--json --text` prints the
/// text hits instead. Person filters (--kind …) pick people, so they leave the text out.
pub fn search(a: SearchArgs, ctx: &Ctx) -> Outcome {
    let book = open(ctx.db.clone(), Open::MustExist)?;
    let query = a.query.join(" ");
    let filter = a.filter.into_filter(&book)?;
    let filtered = filter != PersonFilter::default();
    // The core searches text only when every word has MIN_TERM letters; say so rather than
    // print an empty section that looks like "nothing was ever written about this".
    let long_enough = query
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .all(|w| w.chars().count() >= MIN_TERM);
    let text_limit = a.limit.min(200);
    if a.text {
        if filtered {
            return Err(Failure::invalid(
                "--text",
                "filters such as --kind or --tag pick people; --text searches interaction and \
                 note text, which they do not apply to",
            ));
        }
        if !long_enough {
            return Err(Failure::invalid(
                "--text",
                format!("text search needs words of {MIN_TERM} letters or more"),
            ));
        }
        let hits = book.text_search(&query, text_limit)?;
        if ctx.json {
            return print_json(&hits);
        }
        if hits.is_empty() {
            note("Nothing in interactions or notes matches.");
            return Ok(());
        }
        return print(&text_table(&hits, book.time_zone()?));
    }
    let req = SearchReq {
        query: query.clone(),
        filter,
        limit: Some(a.limit),
    };
    let people = book.person_search(&req)?;
    // The whole count, as the app's search dialog shows it, and where to see them all: the
    // People list matches the same way (`--name`). On stderr, so stdout stays the table or array.
    let total = book
        .person_list(&PersonListReq {
            filter: PersonFilter {
                query: Some(query.clone()),
                ..req.filter.clone()
            },
            limit: Some(1),
            ..Default::default()
        })?
        .total as usize;
    if total > people.len() {
        note(&format!(
            "{} of {total} shown; to list them all: liaison person list --name {} --all",
            people.len(),
            shell_quote(&query)
        ));
    }
    if ctx.json {
        return print_json(&people);
    }
    let hits = if long_enough && !filtered {
        book.text_search(&query, text_limit)?
    } else {
        Vec::new()
    };
    if hits.is_empty() {
        return show(&people, false);
    }
    if people.is_empty() {
        note("No one matches by name or profile.");
    } else {
        print(&table(&people))?;
        print("\n")?;
    }
    print(&format!(
        "In interactions and notes\n{}",
        text_table(&hits, book.time_zone()?)
    ))
}

/// When, whose, which kind, and the words around the match; the id last, whole.
fn text_table(hits: &[TextHit], tz: Tz) -> String {
    let col = |heading, max| Column { heading, max };
    let mut t = Table::new(vec![
        col("WHEN", 16),
        col("WHO", 30),
        col("IN", 11),
        col("TEXT", 70),
        col("ID", 40),
    ]);
    for h in hits {
        t.push(vec![
            crate::output::show_time(&h.at, tz),
            h.person_names.join(", "),
            match h.kind {
                TextHitKind::Interaction => "interaction".into(),
                TextHitKind::Note => "note".into(),
            },
            h.snippet.clone(),
            h.id.clone(),
        ]);
    }
    t.render()
}

pub fn show(people: &[PersonSummary], json: bool) -> Outcome {
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

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Sort order
    #[arg(long, value_enum, default_value_t = SortArg::Name)]
    pub sort: SortArg,
    /// Reverse the order
    #[arg(long)]
    pub desc: bool,
    /// People per page (at most 1000) [default: 100]
    #[arg(long, value_name = "N")]
    pub limit: Option<u32>,
    /// Start after this point, as printed under the previous page
    #[arg(long, value_name = "C")]
    pub cursor: Option<String>,
    /// Page through everyone who matches, not just the first page
    #[arg(long)]
    pub all: bool,
    /// Only people whose name, handle, e-mail or phone number begins with these words, matched
    /// as `search` matches them (amelie finds Amélie, 0612 finds +33 6 12 …)
    #[arg(long, value_name = "TEXT", help_heading = "Filters")]
    pub name: Option<String>,
    #[command(flatten)]
    pub filter: FilterArgs,
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Words to look for; every word must match the start of a word (amelie finds Amélie)
    #[arg(required = true, value_name = "QUERY")]
    pub query: Vec<String>,
    /// At most this many people (at most 500)
    #[arg(long, value_name = "N", default_value_t = 50)]
    pub limit: u32,
    /// Print interaction and note hits instead of people (with --json: an array of text hits,
    /// where plain --json keeps printing the array of people)
    #[arg(long)]
    pub text: bool,
    #[command(flatten)]
    pub filter: FilterArgs,
}

/// Filters shared by `person list` and `search`; all given filters must hold.
#[derive(Debug, Clone, Args)]
pub struct FilterArgs {
    /// Only this kind of person
    #[arg(long = "kind", ignore_case = true, value_parser = kind_parser(), help_heading = "Filters")]
    pub kind: Option<PersonKind>,
    /// Only this relationship stage
    #[arg(long = "stage", ignore_case = true, value_parser = stage_parser(), help_heading = "Filters")]
    pub stage: Option<Stage>,
    /// Only this country (ISO code)
    #[arg(long, value_name = "CODE", help_heading = "Filters")]
    pub country: Option<String>,
    /// Only this city, ignoring accents and case
    #[arg(long, help_heading = "Filters")]
    pub city: Option<String>,
    /// Only people who speak this language (fr also matches fr-CA)
    #[arg(long, value_name = "CODE", help_heading = "Filters")]
    pub language: Option<String>,
    /// Only people with a channel on this platform
    #[arg(long, value_parser = parse_platform, help_heading = "Filters")]
    pub platform: Option<Platform>,
    /// Only people with this tag
    #[arg(long, help_heading = "Filters")]
    pub tag: Option<String>,
    /// Whether archived people are hidden, shown alone, or included
    #[arg(long, value_enum, default_value_t = ArchivedArg::Hide, help_heading = "Filters")]
    pub archived: ArchivedArg,
    #[command(flatten)]
    pub relation: super::worklist::RelationArgs,
}

impl FilterArgs {
    /// The core's filter, the relationship half included (a list named is looked up in `book`).
    pub fn into_filter(mut self, book: &liaison_core::Book) -> Outcome<PersonFilter> {
        let relation = std::mem::take(&mut self.relation);
        let mut f = PersonFilter::from(self);
        relation.apply(book, &mut f)?;
        Ok(f)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SortArg {
    Name,
    Created,
    Updated,
    /// Oldest contact first (never contacted first); --desc for the most recent
    LastContact,
    /// Soonest open follow-up first, none last
    NextFollowup,
    /// Smallest audience first; --desc for the biggest
    Audience,
    /// Longest gone cold first
    Cadence,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ArchivedArg {
    Hide,
    Only,
    Include,
}

impl From<SortArg> for PersonSort {
    fn from(s: SortArg) -> Self {
        match s {
            SortArg::Name => PersonSort::Name,
            SortArg::Created => PersonSort::Created,
            SortArg::Updated => PersonSort::Updated,
            SortArg::LastContact => PersonSort::LastContact,
            SortArg::NextFollowup => PersonSort::NextFollowup,
            SortArg::Audience => PersonSort::Audience,
            SortArg::Cadence => PersonSort::Cadence,
        }
    }
}

impl From<ArchivedArg> for ArchivedFilter {
    fn from(a: ArchivedArg) -> Self {
        match a {
            ArchivedArg::Hide => ArchivedFilter::Hide,
            ArchivedArg::Only => ArchivedFilter::Only,
            ArchivedArg::Include => ArchivedFilter::Include,
        }
    }
}
