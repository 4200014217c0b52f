//! From changes to the required version bump (DESIGN §2).

use crate::change::Effect;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Bump {
    /// No semantic change: no new version.
    None,
    /// Annotations only.
    Patch,
    /// The accepted set changed without breaking the mode.
    Minor,
    /// A change breaks the mode.
    Major,
}

impl Bump {
    pub fn as_str(self) -> &'static str {
        match self {
            Bump::None => "none",
            Bump::Patch => "patch",
            Bump::Minor => "minor",
            Bump::Major => "major",
        }
    }
}

/// The largest bump over `(effect, breaks)` pairs.
pub fn required_bump(changes: impl IntoIterator<Item = (Effect, bool)>) -> Bump {
    changes
        .into_iter()
        .map(|(effect, breaks)| match (effect, breaks) {
            (_, true) => Bump::Major,
            (Effect::Annotation, false) => Bump::Patch,
            (_, false) => Bump::Minor,
        })
        .max()
        .unwrap_or(Bump::None)
}

/// Applies a bump to a version. Below 1.0.0 a major bump moves the minor number and a
/// minor bump the patch number, as Cargo does. Pre-release and build metadata are dropped
/// by any bump.
pub fn bump_version(version: &semver::Version, bump: Bump) -> semver::Version {
    if bump == Bump::None {
        return version.clone();
    }
    let (major, minor, patch) = (version.major, version.minor, version.patch);
    let (major, minor, patch) = match (bump, major) {
        (Bump::None, _) => (major, minor, patch),
        (Bump::Major, 0) => (0, minor + 1, 0),
        (Bump::Minor, 0) => (0, minor, patch + 1),
        (Bump::Major, _) => (major + 1, 0, 0),
        (Bump::Minor, _) => (major, minor + 1, 0),
        (Bump::Patch, _) => (major, minor, patch + 1),
    };
    semver::Version::new(major, minor, patch)
}

/// The bump that leads from `from` to `to` (`None` when `to` is not greater).
pub fn bump_between(from: &semver::Version, to: &semver::Version) -> Bump {
    for bump in [Bump::Patch, Bump::Minor, Bump::Major] {
        if *to <= bump_version(from, bump) {
            return if *to <= *from { Bump::None } else { bump };
        }
    }
    Bump::Major
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bump_is_the_maximum() {
        assert_eq!(required_bump([]), Bump::None);
        assert_eq!(required_bump([(Effect::Annotation, false)]), Bump::Patch);
        assert_eq!(
            required_bump([(Effect::Annotation, false), (Effect::Widens, false)]),
            Bump::Minor
        );
        assert_eq!(
            required_bump([(Effect::Widens, false), (Effect::Narrows, true)]),
            Bump::Major
        );
    }

    #[test]
    fn bumps_follow_semver_and_zero_major() {
        let bump = |v: &str, b: Bump| -> Option<String> {
            let v = semver::Version::parse(v).ok()?;
            Some(bump_version(&v, b).to_string())
        };
        assert_eq!(bump("1.2.3", Bump::Major).unwrap(), "2.0.0");
        assert_eq!(bump("1.2.3", Bump::Minor).unwrap(), "1.3.0");
        assert_eq!(bump("1.2.3", Bump::Patch).unwrap(), "1.2.4");
        assert_eq!(bump("0.2.3", Bump::Major).unwrap(), "0.3.0");
        assert_eq!(bump("0.2.3", Bump::Minor).unwrap(), "0.2.4");
        assert_eq!(bump("1.2.3", Bump::None).unwrap(), "1.2.3");
        assert!(bump("1.x.3", Bump::Patch).is_none());
    }

    #[test]
    fn semver_bumps_and_their_inverse() {
        let v = |s: &str| semver::Version::parse(s).unwrap();
        assert_eq!(bump_version(&v("1.2.3-rc.1"), Bump::Patch), v("1.2.4"));
        assert_eq!(bump_version(&v("0.2.3"), Bump::Major), v("0.3.0"));
        assert_eq!(bump_between(&v("1.2.3"), &v("1.2.4")), Bump::Patch);
        assert_eq!(bump_between(&v("1.2.3"), &v("1.3.0")), Bump::Minor);
        assert_eq!(bump_between(&v("1.2.3"), &v("3.0.0")), Bump::Major);
        assert_eq!(bump_between(&v("1.2.3"), &v("1.2.3")), Bump::None);
        assert_eq!(bump_between(&v("0.2.3"), &v("0.3.0")), Bump::Major);
    }
}
