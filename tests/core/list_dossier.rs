//! The printable sheet of a list and of a smart list: one exact line per person (stage, kind, place, employer, main channel and audience, last contact and next follow-up in the book's time zone), the person page's conflicts under the name, a count, EN and FR, every text escaped, a cap on very large lists, and a smart list's sheet holding exactly whom its filter gives.

use crate::support::{book, TestBook};
use liaison_core::{
    AffiliationInput, AffiliationKind, BrandSide, ChannelInput, ContactFilter, DossierLang,
    ExportOf, ExportSaveReq, ExportSpec, ExportWhat, FollowupInput, InteractionInput,
    InteractionKind, ListInput, OrgKind, OrganizationInput, PersonFilter, PersonInput, PersonKind,
    PersonSort, Platform, SmartListInput, Stage,
};

struct Show {
    tb: TestBook,
    list: String,
    ana: String,
    eli: String,
    gus: String,
}

const ELI: &str = "Eli <script>alert(1)</script>";

/// Paris time, clock 2026-11-22: Ana (a competitor's ambassador, contacted late on the 20th UTC,
/// which is the 21st in Paris, a follow-up on the 25th at 10:00 Paris), Eli (do not contact, a
/// name with a script in it) and Gus (no conflict, nothing but a name), on a list in that order.
fn show() -> Show {
    let tb = book();
    let b = &tb.book;
    b.set_time_zone("Europe/Paris").unwrap();
    let ana = b
        .person_create(PersonInput {
            display_name: "Ana Ferreira".into(),
            kind: PersonKind::OpinionLeader,
            stage: Stage::Engaged,
            city: "Lyon".into(),
            country: "FR".into(),
            employer: "Studio Lumen".into(),
            channels: vec![ChannelInput {
                platform: Platform::Instagram,
                handle: "@ana.ferreira".into(),
                audience: Some(124_500),
                ..Default::default()
            }],
            ..Default::default()
        })
        .unwrap()
        .person
        .id;
    let eli = b
        .person_create(PersonInput {
            display_name: ELI.into(),
            stage: Stage::DoNotContact,
            ..Default::default()
        })
        .unwrap()
        .person
        .id;
    let gus = tb.person("Gus Martin");
    let lumiere = b
        .org_create(OrganizationInput {
            name: "Lumière & Co".into(),
            kind: OrgKind::Brand,
            ..Default::default()
        })
        .unwrap()
        .id;
    b.org_brand_side_set(&lumiere, BrandSide::Competitor)
        .unwrap();
    b.affiliation_add(AffiliationInput {
        person_id: ana.clone(),
        brand_id: lumiere,
        kind: AffiliationKind::Ambassador,
        since: Some("2026-01-01".into()),
        until: None,
        note: String::new(),
    })
    .unwrap();
    b.interaction_create(InteractionInput {
        kind: InteractionKind::Email,
        occurred_at: Some("2026-11-20T23:30:00Z".into()),
        body: "Sent the press kit".into(),
        people: vec![ana.clone()],
        ..Default::default()
    })
    .unwrap();
    b.followup_create(FollowupInput {
        title: "Confirm the show".into(),
        people: vec![ana.clone()],
        due_local: "2026-11-25T10:00".into(),
        ..Default::default()
    })
    .unwrap();
    let list = b
        .list_create(ListInput {
            name: "Salon <script>alert(2)</script>".into(),
            description: "Beauty & ethical fashion".into(),
        })
        .unwrap()
        .id;
    b.list_add(&list, &[ana.clone(), eli.clone(), gus.clone()])
        .unwrap();
    Show {
        tb,
        list,
        ana,
        eli,
        gus,
    }
}

/// The sheet's lines, in order, each without its `<tr>` (the header first).
fn lines(html: &str) -> Vec<&str> {
    html.split("<tr>")
        .skip(1)
        .map(|r| r.split("</tr>").next().unwrap())
        .collect()
}

#[test]
fn a_lists_sheet_has_one_exact_line_per_member_with_their_conflicts_in_english_and_french() {
    let s = show();
    let b = &s.tb.book;
    let link = |id: &str| format!("<td><a href=\"liaison://person/{id}\">");
    let en = b.list_dossier_in(&s.list, DossierLang::En).unwrap();
    let fr = b.list_dossier_in(&s.list, DossierLang::Fr).unwrap();
    let cases = [
        (
            &en,
            "en",
            "<p class=\"meta count\">3 people</p>",
            "2 people have a conflict",
            [
                "Ana Ferreira</a><br><span class=\"flag\">⚠ Ambassador of a competitor: Lumière &amp; Co (2026-01-01 → …)</span></td>\
                 <td>engaged</td><td>opinion leader</td><td>Lyon, FR</td><td>Studio Lumen</td>\
                 <td>instagram: ana.ferreira</td><td class=\"num\">124\u{202F}500</td>\
                 <td class=\"date\">2026-11-21</td><td class=\"date\">2026-11-25 10:00</td>",
                "Eli &lt;script&gt;alert(1)&lt;/script&gt;</a><br><span class=\"flag\">⚠ Do not contact</span></td>\
                 <td>do not contact</td><td>other</td><td></td><td></td><td></td><td class=\"num\"></td>\
                 <td class=\"date\">—</td><td class=\"date\">—</td>",
                "Gus Martin</a></td><td>identified</td><td>other</td><td></td><td></td><td></td>\
                 <td class=\"num\"></td><td class=\"date\">—</td><td class=\"date\">—</td>",
            ],
        ),
        (
            &fr,
            "fr",
            "<p class=\"meta count\">3 personnes</p>",
            "2 personnes présentent un conflit",
            [
                "Ana Ferreira</a><br><span class=\"flag\">⚠ Égérie chez un concurrent : Lumière &amp; Co (2026-01-01 → …)</span></td>\
                 <td>engagé</td><td>leader d’opinion</td><td>Lyon, FR</td><td>Studio Lumen</td>\
                 <td>instagram: ana.ferreira</td><td class=\"num\">124\u{202F}500</td>\
                 <td class=\"date\">2026-11-21</td><td class=\"date\">2026-11-25 10:00</td>",
                "Eli &lt;script&gt;alert(1)&lt;/script&gt;</a><br><span class=\"flag\">⚠ Ne pas contacter</span></td>\
                 <td>ne pas contacter</td><td>autre</td><td></td><td></td><td></td><td class=\"num\"></td>\
                 <td class=\"date\">—</td><td class=\"date\">—</td>",
                "Gus Martin</a></td><td>repéré</td><td>autre</td><td></td><td></td><td></td>\
                 <td class=\"num\"></td><td class=\"date\">—</td><td class=\"date\">—</td>",
            ],
        ),
    ];
    for (html, code, count, flagged, rows) in cases {
        assert!(html.contains(&format!("<html lang=\"{code}\">")), "{code}");
        assert!(
            html.contains("<h1>Salon &lt;script&gt;alert(2)&lt;/script&gt;</h1>"),
            "{code}: the list's name heads the sheet, escaped"
        );
        assert!(
            html.contains("Beauty &amp; ethical fashion"),
            "{code}: its description under it"
        );
        assert!(html.contains(count), "{code}: how many people first");
        assert!(html.contains(flagged), "{code}: how many are flagged");
        assert!(
            !html.contains("<script"),
            "{code}: no name can put a script on the page"
        );
        let got = lines(html);
        assert_eq!(got.len(), 4, "{code}: a header and one line per member");
        let ids = [&s.ana, &s.eli, &s.gus];
        for ((line, want), id) in got[1..].iter().zip(rows).zip(ids) {
            assert_eq!(
                *line,
                format!("{}{want}", link(id)),
                "{code}: the line reads what the relations manager checks, conflicts under the \
                 name, times in Paris"
            );
        }
    }
    assert!(en.contains("<th>Next follow-up</th>") && fr.contains("<th>Prochaine relance</th>"));
    let ex = b
        .export_text(&ExportSpec {
            lang: DossierLang::Fr,
            ..ExportSpec::new(ExportWhat::Dossier, ExportOf::List(s.list.clone()))
        })
        .unwrap();
    assert_eq!(
        (ex.mime.as_str(), ex.text),
        ("text/html", fr),
        "the export door writes the same sheet in the language asked"
    );
    assert!(ex.file_name.ends_with(" sheet.html"), "{}", ex.file_name);
}

#[test]
fn a_smart_lists_sheet_holds_exactly_whom_its_filter_gives_in_its_order() {
    let s = show();
    let b = &s.tb.book;
    let never = b
        .smart_list_create(SmartListInput {
            name: "Never contacted".into(),
            filter: PersonFilter {
                last_contact: Some(ContactFilter::Never),
                ..Default::default()
            },
            sort: PersonSort::Name,
            descending: true,
        })
        .unwrap();
    let html = b.smart_list_dossier_in(&never.id, DossierLang::En).unwrap();
    let page = b
        .person_list(&b.smart_list_request(&never.id).unwrap())
        .unwrap();
    let table: Vec<String> = page.items.iter().map(|p| p.id.clone()).collect();
    assert_eq!(
        table,
        vec![s.gus.clone(), s.eli.clone()],
        "Ana was contacted; the others by name, Z to A"
    );
    let printed: Vec<String> = lines(&html)[1..]
        .iter()
        .map(|l| {
            l.split("liaison://person/")
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(
        printed, table,
        "the sheet prints whom the People table shows for the smart list, in its order"
    );
    assert!(html.contains("<h1>Never contacted</h1>") && html.contains("2 people"));
    assert!(
        html.contains("⚠ Do not contact"),
        "Eli's flag is on a smart list's sheet too"
    );
    let fr = b.smart_list_dossier_in(&never.id, DossierLang::Fr).unwrap();
    assert!(fr.contains("2 personnes") && fr.contains("⚠ Ne pas contacter"));
}

#[test]
fn the_apps_list_dossier_request_names_a_list_or_a_smart_list() {
    let req = |v: serde_json::Value| serde_json::from_value::<ExportSaveReq>(v).unwrap().spec();
    let list =
        req(serde_json::json!({ "kind": "list_dossier", "list_id": "l1", "lang": "fr" })).unwrap();
    assert_eq!(
        (list.what, list.of, list.lang),
        (
            ExportWhat::Dossier,
            ExportOf::List("l1".into()),
            DossierLang::Fr
        )
    );
    let smart = req(serde_json::json!({ "kind": "list_dossier", "smart_list_id": "s1" })).unwrap();
    assert_eq!(smart.of, ExportOf::SmartList("s1".into()));
    let e = req(serde_json::json!({ "kind": "list_dossier" })).unwrap_err();
    assert_eq!(
        e.fields()[0].field,
        "list_id",
        "a sheet of no list is refused on the field the form shows"
    );
}

#[test]
fn a_very_large_list_prints_its_first_two_thousand_and_says_how_many_more() {
    let tb = book();
    let b = &tb.book;
    let ids: Vec<String> = (0..2003)
        .map(|i| tb.person(&format!("Guest {i:04}")))
        .collect();
    let list = b
        .list_create(ListInput {
            name: "Everyone at the show".into(),
            description: String::new(),
        })
        .unwrap()
        .id;
    b.list_add(&list, &ids).unwrap();
    let html = b.list_dossier_in(&list, DossierLang::En).unwrap();
    assert_eq!(
        lines(&html).len(),
        1 + 2000,
        "a header and the first 2,000: the sheet stays printable"
    );
    assert!(
        html.contains("2\u{202F}003 people"),
        "the count is the whole list's"
    );
    assert!(
        html.contains("Only the first 2\u{202F}000 are printed: 3 more are not on this sheet"),
        "a reader of a cut sheet knows it is cut"
    );
    assert!(html.contains(">Guest 1999</a>") && !html.contains(">Guest 2000</a>"));
}
