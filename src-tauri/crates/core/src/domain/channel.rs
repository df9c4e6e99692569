//! Where a person publishes: platform, handle and audience, with per-platform handle rules.

use super::person::str_enum;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, Default)]
#[serde(rename_all = "snake_case")]
pub enum Platform {
    #[default]
    Instagram,
    X,
    Youtube,
    Tiktok,
    Linkedin,
    Blog,
    Podcast,
    Newsletter,
    Facebook,
    Twitch,
    Wechat,
    Weibo,
    Vk,
    Other,
}

str_enum!(Platform {
    Instagram => "instagram",
    X => "x",
    Youtube => "youtube",
    Tiktok => "tiktok",
    Linkedin => "linkedin",
    Blog => "blog",
    Podcast => "podcast",
    Newsletter => "newsletter",
    Facebook => "facebook",
    Twitch => "twitch",
    Wechat => "wechat",
    Weibo => "weibo",
    Vk => "vk",
    Other => "other",
});

impl Platform {
    /// Accepts the stored names plus the spellings people type ("twitter", "IG", "VKontakte").
    pub fn parse_loose(s: &str) -> Option<Platform> {
        let s = s.trim().to_lowercase();
        Platform::parse(&s).or(match s.as_str() {
            "twitter" | "x.com" | "twitter.com" => Some(Platform::X),
            "ig" | "insta" => Some(Platform::Instagram),
            "yt" | "you tube" => Some(Platform::Youtube),
            "tik tok" | "tik-tok" => Some(Platform::Tiktok),
            "linked in" | "li" => Some(Platform::Linkedin),
            "fb" => Some(Platform::Facebook),
            "weixin" | "we chat" | "微信" => Some(Platform::Wechat),
            "微博" => Some(Platform::Weibo),
            "vkontakte" | "вконтакте" | "vk.com" => Some(Platform::Vk),
            _ => None,
        })
    }

    /// Handles on these platforms are case-insensitive, so the lower-case form is canonical.
    fn lowercases_handles(self) -> bool {
        matches!(
            self,
            Platform::Instagram
                | Platform::Tiktok
                | Platform::Twitch
                | Platform::Vk
                | Platform::Linkedin
        )
    }

    /// Host names whose profile URLs we can turn back into a bare handle.
    fn hosts(self) -> &'static [&'static str] {
        match self {
            Platform::Instagram => &["instagram.com"],
            Platform::X => &["x.com", "twitter.com"],
            Platform::Youtube => &["youtube.com"],
            Platform::Tiktok => &["tiktok.com"],
            Platform::Twitch => &["twitch.tv"],
            Platform::Vk => &["vk.com"],
            Platform::Linkedin => &["linkedin.com"],
            Platform::Facebook => &["facebook.com"],
            Platform::Weibo => &["weibo.com"],
            _ => &[],
        }
    }
}

/// A stored channel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Channel {
    pub id: String,
    pub platform: Platform,
    pub handle: String,
    pub url: String,
    /// Followers or subscribers when last seen.
    #[ts(type = "number | null")]
    pub audience: Option<u64>,
    /// The day the audience figure was seen, `YYYY-MM-DD`.
    pub as_of: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// A channel as a caller supplies it; `id` set means "this existing channel".
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(optional_fields)]
pub struct ChannelInput {
    pub id: Option<String>,
    pub platform: Platform,
    pub handle: String,
    pub url: String,
    #[ts(optional, type = "number")]
    pub audience: Option<u64>,
    pub as_of: Option<String>,
}

impl From<&Channel> for ChannelInput {
    fn from(c: &Channel) -> Self {
        ChannelInput {
            id: Some(c.id.clone()),
            platform: c.platform,
            handle: c.handle.clone(),
            url: c.url.clone(),
            audience: c.audience,
            as_of: c.as_of.clone(),
        }
    }
}

/// Normalises a handle as typed or pasted: trims, strips a leading `@`, turns a profile URL on
/// the platform's own host into its handle, and lower-cases where the platform ignores case.
pub fn normalize_handle(platform: Platform, raw: &str) -> String {
    let mut h = raw.trim();
    let lower = h.to_ascii_lowercase();
    let no_scheme = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
        .unwrap_or(&lower);
    // `www.`, and the country and mobile hosts profile links also come from
    // (`fr.linkedin.com/in/…`, `m.facebook.com/…`, `mobile.twitter.com/…`).
    let no_www = match no_scheme.split_once('.') {
        Some((sub, rest))
            if (sub == "www" || sub == "m" || sub == "mobile" || sub.len() == 2)
                && platform
                    .hosts()
                    .iter()
                    .any(|h| rest.starts_with(&format!("{h}/"))) =>
        {
            rest
        }
        _ => no_scheme,
    };
    for host in platform.hosts() {
        if let Some(rest) = no_www.strip_prefix(host).and_then(|r| r.strip_prefix('/')) {
            // Index into the original string to keep the user's case where it matters (X, YouTube).
            let start = h.len() - rest.len();
            let path = &h[start..];
            let path = path.strip_prefix("in/").unwrap_or(path); // linkedin.com/in/<name>
            h = path.split(['/', '?', '#']).next().unwrap_or("");
            break;
        }
    }
    let h = h.trim_start_matches('@').trim();
    if platform.lowercases_handles() {
        h.to_lowercase()
    } else {
        h.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_at_and_applies_case_rules() {
        assert_eq!(
            normalize_handle(Platform::Instagram, " @AmelieD "),
            "amelied",
            "Instagram ignores case"
        );
        assert_eq!(
            normalize_handle(Platform::X, "@AmelieD"),
            "AmelieD",
            "X keeps the display case"
        );
        assert_eq!(normalize_handle(Platform::Wechat, "wxid_Ab12"), "wxid_Ab12");
    }

    #[test]
    fn profile_urls_become_handles() {
        assert_eq!(
            normalize_handle(
                Platform::Instagram,
                "https://www.instagram.com/AmelieD/?hl=fr"
            ),
            "amelied"
        );
        assert_eq!(
            normalize_handle(Platform::X, "twitter.com/JoelBackaler"),
            "JoelBackaler"
        );
        assert_eq!(
            normalize_handle(Platform::Youtube, "https://youtube.com/@Chaîne"),
            "Chaîne"
        );
        assert_eq!(
            normalize_handle(
                Platform::Linkedin,
                "http://ca.linkedin.com/in/Raymond-Morin/"
            ),
            "raymond-morin",
            "LinkedIn's country hosts"
        );
        assert_eq!(
            normalize_handle(Platform::Linkedin, "https://linkedin.com/in/Raymond-Morin"),
            "raymond-morin"
        );
        assert_eq!(
            normalize_handle(Platform::Blog, "https://blog.example.fr"),
            "https://blog.example.fr",
            "blogs keep their URL"
        );
    }

    #[test]
    fn platform_names_people_type() {
        assert_eq!(Platform::parse_loose("Twitter"), Some(Platform::X));
        assert_eq!(Platform::parse_loose("VKontakte"), Some(Platform::Vk));
        assert_eq!(Platform::parse_loose("myspace"), None);
    }
}
