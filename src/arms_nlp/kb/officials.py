"""Schema and accessors for ``data/officials.yaml``: institutions, offices and office-holders that stand for a state.

The file holds three lists:

* ``institutions``: ministries, armed services, agencies, state companies, legislatures and seats of power whose
  name alone points to one country ("State Department", "Bundeswehr", "Rosoboronexport", "Kremlin");
* ``offices``: generic office titles with their surface forms, all lowercase and without a country
  ("defence minister": "defense minister", "minister of defence", "secretary of defense" ...);
* ``office_holders``: named holders of those offices with their country and term. A person who held several
  offices or several terms has one row per term; the aliases given on any row of a name belong to every row
  of that name.

Look-ups ignore case, accents and curly apostrophes ("erdogan" finds "Recep Tayyip Erdoğan").
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime
from functools import lru_cache
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from . import load_document, load_records
from .actors import NamedBody, countries

InstitutionKind = Literal[
    "ministry", "armed_service", "agency", "state_company", "company", "legislature", "head_office"
]

#: Letters that Unicode decomposition leaves whole, folded by hand.
_LETTER_FOLDS = str.maketrans(
    {
        "đ": "d",
        "Đ": "D",
        "ı": "i",
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "æ": "ae",
        "ß": "ss",
        "’": "'",
        "‘": "'",
        "ʼ": "'",
        "`": "'",
    }
)


def name_key(text: str) -> str:
    """Case-, accent- and spacing-insensitive key of a name ("Erdoğan" and "ERDOGAN" share one)."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LETTER_FOLDS))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    return frozenset(country.name for country in countries())


def _known_country(value: str) -> str:
    """Accept only canonical names of the country gazetteer."""
    if value not in _country_names():
        raise ValueError(f"{value!r} is not a canonical country name of countries.jsonl")
    return value


#: A canonical name of the country gazetteer.
KnownCountry = Annotated[str, AfterValidator(_known_country)]


class Institution(BaseModel):
    """A body whose name points to one state: a ministry, armed service, agency, state company or seat of power."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    country: KnownCountry
    kind: InstitutionKind

    @property
    def names(self) -> list[str]:
        """The canonical name followed by every alias."""
        return [self.name, *self.aliases]


class Office(BaseModel):
    """A generic office title and the lowercase phrases that name it in text."""

    model_config = ConfigDict(extra="forbid")

    title: str = Field(min_length=1)
    forms: list[str] = Field(default_factory=list)

    @field_validator("title", "forms")
    @classmethod
    def _lowercase(cls, value: str | list[str]) -> str | list[str]:
        words = [value] if isinstance(value, str) else value
        upper = [word for word in words if word != word.lower()]
        if upper:
            raise ValueError(f"office titles and forms are lowercase, got {upper}")
        return value


class OfficeHolder(BaseModel):
    """One term of one person in one office; ``end`` is None while in office."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    country: KnownCountry
    office: str
    start: date
    end: date | None = None

    @model_validator(mode="after")
    def _start_before_end(self) -> OfficeHolder:
        if self.end is not None and self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")
        return self

    def holds_on(self, day: date) -> bool:
        """True when ``day`` falls within the term (both ends included)."""
        return self.start <= day and (self.end is None or day <= self.end)


class OfficialsDocument(BaseModel):
    """The whole ``officials.yaml`` document, cross-checked when loaded."""

    model_config = ConfigDict(extra="forbid")

    as_of: date | None = None
    #: Lowercase legal-form words that may end a company's name as written ("Hyundai Rotem Co.").
    company_suffixes: list[str] = Field(default_factory=list)
    institutions: list[Institution]
    #: Acronyms several states' services share ("PAF": Pakistan or Philippine Air Force) -> those services.
    shared_service_acronyms: dict[str, list[str]] = Field(default_factory=dict)
    offices: list[Office]
    office_holders: list[OfficeHolder]

    @model_validator(mode="after")
    def _cross_check(self) -> OfficialsDocument:
        _check_institutions(self.institutions)
        _check_shared_acronyms(self.shared_service_acronyms, self.institutions)
        titles = _check_offices(self.offices)
        _check_holders(self.office_holders, titles)
        return self


def _check_institutions(institutions: list[Institution]) -> None:
    """Every institution name and alias is unique across the list."""
    seen: dict[str, str] = {}
    for number, institution in enumerate(institutions):
        for name in institution.names:
            key = name_key(name)
            if key in seen and seen[key] != institution.name:
                raise ValueError(f"institutions[{number}].name/aliases: {name!r} is already a name of {seen[key]!r}")
            seen[key] = institution.name


def _check_shared_acronyms(shared: dict[str, list[str]], institutions: list[Institution]) -> None:
    """Each shared acronym names two or more armed services of the list, of different states, and is no alias."""
    services = {i.name: i for i in institutions if i.kind == "armed_service"}
    aliases = {name_key(name) for i in institutions for name in i.names}
    for acronym, names in shared.items():
        if name_key(acronym) in aliases:
            raise ValueError(f"shared_service_acronyms.{acronym}: already the name of one institution")
        unknown = [name for name in names if name not in services]
        if unknown:
            raise ValueError(f"shared_service_acronyms.{acronym}: {unknown} are no armed services of the list")
        if len({services[name].country for name in names}) != len(names) or len(names) < 2:
            raise ValueError(f"shared_service_acronyms.{acronym}: needs two or more services of different states")


def _check_offices(offices: list[Office]) -> set[str]:
    """Titles are unique and each form names one office; returns the titles."""
    titles: set[str] = set()
    form_owner: dict[str, str] = {}
    for number, office in enumerate(offices):
        if office.title in titles:
            raise ValueError(f"offices[{number}].title: {office.title!r} appears twice")
        titles.add(office.title)
        for form in {office.title, *office.forms}:
            if form_owner.get(form, office.title) != office.title:
                raise ValueError(f"offices[{number}].forms: {form!r} already names {form_owner[form]!r}")
            form_owner[form] = office.title
    return titles


def _check_holders(holders: list[OfficeHolder], titles: set[str]) -> None:
    """Known offices, one country per name and per alias, no duplicate or overlapping terms."""
    country_of_key: dict[str, tuple[str, str]] = {}
    terms: dict[tuple[str, str], list[OfficeHolder]] = defaultdict(list)
    for number, holder in enumerate(holders):
        where = f"office_holders[{number}]"
        if holder.office not in titles:
            raise ValueError(f"{where}.office: {holder.office!r} is not one of the offices {sorted(titles)}")
        for alias in (holder.name, *holder.aliases):
            key = name_key(alias)
            owner = country_of_key.setdefault(key, (holder.country, holder.name))
            if owner[0] != holder.country:
                raise ValueError(
                    f"{where}.name/aliases: {alias!r} is used for {owner[1]!r} of {owner[0]} and for "
                    f"{holder.name!r} of {holder.country}"
                )
        for other in terms[(name_key(holder.name), holder.office)]:
            if other.start == holder.start:
                raise ValueError(f"{where}: {holder.name!r} as {holder.office!r} from {holder.start} appears twice")
            if holder.holds_on(other.start) or other.holds_on(holder.start):
                raise ValueError(f"{where}.start: terms of {holder.name!r} as {holder.office!r} overlap")
        terms[(name_key(holder.name), holder.office)].append(holder)


@lru_cache(maxsize=1)
def officials() -> OfficialsDocument:
    """The validated ``officials.yaml`` document, loaded once."""
    return load_document("officials.yaml", OfficialsDocument)


@lru_cache(maxsize=1)
def defence_companies() -> tuple[Institution, ...]:
    """Arms makers and export agencies (``defence_companies.jsonl``, organisations of the actor gazetteer)
    as institutions of the state they belong to."""
    return tuple(
        Institution(name=body.name, aliases=body.aliases, country=body.country, kind="company")
        for body in load_records("defence_companies.jsonl", NamedBody)
        if body.country
    )


@lru_cache(maxsize=1)
def _institution_index() -> dict[str, Institution]:
    """Key of every institution and defence company name and alias -> its institution (institutions first)."""
    index: dict[str, Institution] = {}
    for institution in (*officials().institutions, *defence_companies()):
        for name in institution.names:
            index.setdefault(name_key(name), institution)
    return index


def service_of_shared_acronym(acronym: str, countries: Iterable[str]) -> Institution | None:
    """The one service an acronym shared by several states names when the text names exactly one of those
    states ("SAF" in a story on Sudan is the Sudanese Armed Forces); None when none or several are named."""
    names = officials().shared_service_acronyms.get(acronym, [])
    named = set(countries)
    fitting = [i for i in officials().institutions if i.name in names and i.country in named]
    return fitting[0] if len(fitting) == 1 else None


def institution_of(name: str) -> Institution | None:
    """The institution named ``name`` (any alias, any case, a trailing legal form ignored), or None."""
    key = name_key(name)
    found = _institution_index().get(key)
    if found is None:
        words = key.split()
        if len(words) > 1 and words[-1] in officials().company_suffixes:
            found = _institution_index().get(" ".join(words[:-1]))
    return found


def institution_country(name: str) -> str | None:
    """Country of the institution named ``name`` ("Pentagon" -> "United States"), or None when unknown."""
    institution = institution_of(name)
    return institution.country if institution else None


@lru_cache(maxsize=1)
def _office_index() -> dict[str, str]:
    """Every lowercase office form (and title) -> its office title."""
    return {form: office.title for office in officials().offices for form in (office.title, *office.forms)}


def office_of_title(form: str) -> str | None:
    """Office title named by a phrase ("Minister of Defense" -> "defence minister"), or None."""
    return _office_index().get(" ".join(form.lower().split()))


@lru_cache(maxsize=1)
def _holder_index() -> dict[str, tuple[OfficeHolder, ...]]:
    """Key of every holder name and alias -> all terms of the person(s) it names."""
    by_name: dict[str, list[OfficeHolder]] = defaultdict(list)
    aliases: dict[str, set[str]] = defaultdict(set)
    for holder in officials().office_holders:
        by_name[holder.name].append(holder)
        aliases[holder.name].update(name_key(alias) for alias in (holder.name, *holder.aliases))
    index: dict[str, list[OfficeHolder]] = defaultdict(list)
    for name, rows in by_name.items():
        for key in aliases[name]:
            index[key].extend(rows)
    return {key: tuple(rows) for key, rows in index.items()}


def _as_date(day: date) -> date:
    """A datetime is compared by its date."""
    return day.date() if isinstance(day, datetime) else day


def terms_of(name: str) -> tuple[OfficeHolder, ...]:
    """Every recorded term of the person(s) named ``name`` (any alias, any case)."""
    return _holder_index().get(name_key(name), ())


def holders_on(day: date) -> tuple[OfficeHolder, ...]:
    """Every office-holder in office on ``day``."""
    day = _as_date(day)
    return tuple(holder for holder in officials().office_holders if holder.holds_on(day))


def country_of_office_holder(name: str, on: date | None = None) -> str | None:
    """Country of the office-holder named ``name``; with ``on``, only if in office that day; else None."""
    rows = terms_of(name)
    if on is not None:
        day = _as_date(on)
        rows = tuple(row for row in rows if row.holds_on(day))
    return rows[0].country if rows else None
