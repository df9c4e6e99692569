//! `liaison org …`, `liaison connect|disconnect|connections` and `liaison path`: the network around each person (organizations, ties between people, who can introduce us) from scripts as from the app.

use crate::book::{open, Open};
use crate::fail::{Failure, Outcome};
use crate::output::{label, note, print, print_json};
use crate::table::{Column, Table};
use crate::{who, Ctx};
use clap::{Args, Subcommand};
use liaison_core::{Book, ConnectionInput, ConnectionKind, Error, OrgKind, OrganizationInput};

#[derive(Debug, Subcommand)]
pub enum OrgCmd {
    /// Add an agency, talent manager, media outlet, brand or company; prints its id
    Add(OrgAddArgs),
    /// Every organization, with how many people belong to it
    Ls,
    /// An organization and its people
    Show(OrgRef),
    /// Change an organization's name, kind, website, country or notes (only those given)
    Edit(OrgEditArgs),
    /// Put a person in an organization, or change their role and dates there
    Join(JoinArgs),
    /// Take a person out of an organization
    Leave(LeaveArgs),
    /// Delete an organization; its people stay in the book
    Delete(OrgRef),
    /// Mark a brand as ours, a competitor's, or neither (conflicts read it)
    Side(crate::commands::affiliation::SideArgs),
}

#[derive(Debug, Args)]
pub struct OrgAddArgs {
    pub name: String,
    /// agency, talent-manager, media, brand or company (the default)
    #[arg(long, value_parser = parse_org_kind, default_value = "company")]
    pub kind: OrgKind,
    #[arg(long, value_name = "URL")]
    pub website: Option<String>,
    /// Its country code (FR, GH, TH)
    #[arg(long, value_name = "CODE")]
    pub country: Option<String>,
    #[arg(long, value_name = "TEXT")]
    pub notes: Option<String>,
}

#[derive(Debug, Args)]
pub struct OrgEditArgs {
    /// The organization's id, or its exact name (case aside)
    pub org: String,
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// agency, talent-manager, media, brand or company (imports make every one a company)
    #[arg(long, value_parser = parse_org_kind)]
    pub kind: Option<OrgKind>,
    #[arg(long, value_name = "URL")]
    pub website: Option<String>,
    #[arg(long, value_name = "CODE")]
    pub country: Option<String>,
    #[arg(long, value_name = "TEXT")]
    pub notes: Option<String>,
}

#[derive(Debug, Args)]
pub struct OrgRef {
    /// The organization's id, or its exact name (case aside)
    pub org: String,
}

#[derive(Debug, Args)]
pub struct JoinArgs {
    #[arg(help = super::PERSON_HELP)]
    pub person: String,
    /// The organization's id, or its exact name (case aside)
    pub org: String,
    /// Their role there (Talent manager, Editor)
    #[arg(long, value_name = "TEXT", default_value = "")]
    pub role: String,
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub since: Option<String>,
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub until: Option<String>,
    /// It is their employer: their employer field takes its name
    #[arg(long)]
    pub employer: bool,
}

#[derive(Debug, Args)]
pub struct LeaveArgs {
    #[arg(help = super::PERSON_HELP)]
    pub person: String,
    /// The organization's id, or its exact name (case aside)
    pub org: String,
}

#[derive(Debug, Args)]
pub struct ConnectArgs {
    #[arg(help = super::PERSON_HELP)]
    pub from: String,
    #[arg(help = super::PERSON_HELP)]
    pub to: String,
    /// knows (the default), introduced (FROM introduced TO), works-with, represents (FROM is
    /// TO's agent or manager) or family
    #[arg(long, value_parser = parse_tie, default_value = "knows")]
    pub kind: ConnectionKind,
    #[arg(long, value_name = "TEXT", default_value = "")]
    pub note: String,
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub since: Option<String>,
}

#[derive(Debug, Args)]
pub struct PathArgs {
    #[arg(help = super::PERSON_HELP)]
    pub person: String,
    /// How many paths at most
    #[arg(long, default_value_t = 5)]
    pub limit: usize,
}

fn parse_org_kind(s: &str) -> Result<OrgKind, String> {
    OrgKind::parse(&s.replace('-', "_"))
        .ok_or_else(|| "one of agency, talent-manager, media, brand, company".to_string())
}

fn parse_tie(s: &str) -> Result<ConnectionKind, String> {
    ConnectionKind::parse(&s.replace('-', "_"))
        .ok_or_else(|| "one of knows, introduced, works-with, represents, family".to_string())
}

/// An organization by id, or by its exact name (case aside).
pub(crate) fn resolve_org(book: &Book, typed: &str) -> Outcome<String> {
    let typed = typed.trim();
    let all = book.org_all()?;
    let key = typed.to_ascii_lowercase();
    all.iter()
        .find(|o| o.id == typed)
        .or_else(|| all.iter().find(|o| o.name.to_ascii_lowercase() == key))
        .map(|o| o.id.clone())
        .ok_or_else(|| {
            Failure::from(Error::NotFound {
                what: "organization",
                id: typed.to_string(),
            })
        })
}

fn col(heading: &'static str, max: usize) -> Column {
    Column { heading, max }
}

pub fn org(cmd: OrgCmd, ctx: &Ctx) -> Outcome {
    match cmd {
        OrgCmd::Add(a) => {
            let book = open(ctx.db.clone(), Open::CreateIfMissing)?;
            let o = book.org_create(OrganizationInput {
                name: a.name,
                kind: a.kind,
                website: a.website.unwrap_or_default(),
                country: a.country.unwrap_or_default(),
                notes: a.notes.unwrap_or_default(),
            })?;
            match ctx.json {
                true => print_json(&o),
                false => print(&format!("{}\n", o.id)),
            }
        }
        OrgCmd::Ls => {
            let book = open(ctx.db.clone(), Open::MustExist)?;
            let all = book.org_all()?;
            if ctx.json {
                return print_json(&all);
            }
            let mut t = Table::new(vec![
                col("NAME", 40),
                col("KIND", 15),
                col("PEOPLE", 6),
                col("ID", 40),
            ]);
            for o in &all {
                let kind = label(o.kind.as_str());
                t.push(vec![
                    o.name.clone(),
                    kind,
                    o.member_count.to_string(),
                    o.id.clone(),
                ]);
            }
            print(&t.render())
        }
        OrgCmd::Show(a) => {
            let book = open(ctx.db.clone(), Open::MustExist)?;
            let d = book.org_detail(&resolve_org(&book, &a.org)?)?;
            if ctx.json {
                return print_json(&d);
            }
            let o = &d.organization;
            let mut t = Table::new(vec![
                col("NAME", 30),
                col("ROLE", 24),
                col("SINCE", 10),
                col("UNTIL", 10),
                col("ID", 40),
            ]);
            for m in &d.members {
                let name = match m.employer {
                    true => format!("{} (employer)", m.person_name),
                    false => m.person_name.clone(),
                };
                let since = m.since.clone().unwrap_or_default();
                t.push(vec![
                    name,
                    m.role.clone(),
                    since,
                    m.until.clone().unwrap_or_default(),
                    m.person_id.clone(),
                ]);
            }
            print(&format!(
                "{} ({}, {} people)\n{}",
                o.name,
                label(o.kind.as_str()),
                o.member_count,
                t.render()
            ))
        }
        OrgCmd::Edit(a) => {
            let book = open(ctx.db.clone(), Open::MustExist)?;
            let id = resolve_org(&book, &a.org)?;
            let o = book.org_detail(&id)?.organization;
            let o = book.org_update(
                &id,
                OrganizationInput {
                    name: a.name.unwrap_or(o.name),
                    kind: a.kind.unwrap_or(o.kind),
                    website: a.website.unwrap_or(o.website),
                    country: a.country.unwrap_or(o.country),
                    notes: a.notes.unwrap_or(o.notes),
                },
            )?;
            match ctx.json {
                true => print_json(&o),
                false => print(&format!("{} ({})\n", o.name, label(o.kind.as_str()))),
            }
        }
        OrgCmd::Join(a) => {
            let book = open(ctx.db.clone(), Open::MustExist)?;
            let person = who::resolve(&book, &a.person)?;
            let org = resolve_org(&book, &a.org)?;
            let all = book.membership_set(
                &person.id,
                &org,
                &a.role,
                a.since.as_deref(),
                a.until.as_deref(),
                a.employer,
            )?;
            match ctx.json {
                true => print_json(&all),
                false => {
                    note(&format!(
                        "{} belongs to {} organization(s).",
                        person.display_name,
                        all.len()
                    ));
                    Ok(())
                }
            }
        }
        OrgCmd::Leave(a) => {
            let book = open(ctx.db.clone(), Open::MustExist)?;
            let person = who::resolve(&book, &a.person)?;
            let all = book.membership_remove(&person.id, &resolve_org(&book, &a.org)?)?;
            match ctx.json {
                true => print_json(&all),
                false => Ok(()),
            }
        }
        OrgCmd::Side(a) => crate::commands::affiliation::side(a, ctx),
        OrgCmd::Delete(a) => {
            let book = open(ctx.db.clone(), Open::MustExist)?;
            let id = resolve_org(&book, &a.org)?;
            book.org_delete(&id)?;
            match ctx.json {
                true => print_json(&serde_json::json!({ "deleted": id })),
                false => Ok(()),
            }
        }
    }
}

pub fn connect(a: ConnectArgs, ctx: &Ctx) -> Outcome {
    let book = open(ctx.db.clone(), Open::MustExist)?;
    let from = who::resolve(&book, &a.from)?;
    let to = who::resolve(&book, &a.to)?;
    let c = book.connect(ConnectionInput {
        from: from.id,
        to: to.id,
        kind: a.kind,
        note: a.note,
        since: a.since,
    })?;
    match ctx.json {
        true => print_json(&c),
        false => print(&format!("{}\n", c.id)),
    }
}

pub fn disconnect(id: &str, ctx: &Ctx) -> Outcome {
    let book = open(ctx.db.clone(), Open::MustExist)?;
    book.disconnect(id)?;
    Ok(())
}

pub fn connections(person: &str, ctx: &Ctx) -> Outcome {
    let book = open(ctx.db.clone(), Open::MustExist)?;
    let p = who::resolve(&book, person)?;
    let all = book.connections_of(&p.id)?;
    if ctx.json {
        return print_json(&all);
    }
    let mut t = Table::new(vec![
        col("WHO", 30),
        col("TIE", 28),
        col("SINCE", 10),
        col("ID", 40),
    ]);
    for c in &all {
        let tie = match (c.kind, c.outgoing) {
            (ConnectionKind::Introduced, true) => "introduced them".to_string(),
            (ConnectionKind::Introduced, false) => "introduced by them".to_string(),
            (ConnectionKind::Represents, true) => "represents them".to_string(),
            (ConnectionKind::Represents, false) => "represented by them".to_string(),
            (k, _) => label(k.as_str()),
        };
        t.push(vec![
            c.other_name.clone(),
            tie,
            c.since.clone().unwrap_or_default(),
            c.id.clone(),
        ]);
    }
    print(&t.render())
}

/// `liaison path PERSON`: each warm path on one line, `From → Hop (tie) → Target (tie)`.
pub fn path(a: PathArgs, ctx: &Ctx) -> Outcome {
    let book = open(ctx.db.clone(), Open::MustExist)?;
    let target = who::resolve(&book, &a.person)?;
    let paths = book.intro_paths(&target.id, a.limit)?;
    if ctx.json {
        return print_json(&paths);
    }
    if paths.is_empty() {
        note(&format!(
            "No warm path to {}: no one we are close to (engaged or beyond, or heard from in 90 days) is within three ties.",
            target.display_name
        ));
        return Ok(());
    }
    let mut out = String::new();
    for p in &paths {
        out.push_str(&p.from_name);
        for h in &p.hops {
            out.push_str(&format!(
                " → {} ({}, strength {})",
                h.name,
                label(h.kind.as_str()),
                h.strength
            ));
        }
        out.push('\n');
    }
    print(&out)
}
