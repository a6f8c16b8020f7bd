"""The datasets' columns: one source for the Arrow schemas, the pandera schemas and the data dictionary."""

from __future__ import annotations

from dataclasses import dataclass, field

import pyarrow as pa

from transforms.vocab import indicator_vocab

STATUSES = ("ok", "empty", "undecodable", "binary", "too_large", "error")
UNITS = ("count", "percent", "vnd", "ha", "ton", "other")
APPROX = ("over", "under", "about")
SUBJECTS = ("party_member", "party_org")
MEASURES = ("count", "target", "attainment_pct", "change_pct", "change_abs", "share_pct")
ACTORS = ("committee", "commission")
SCOPES = ("document", "national", "subunit")
PERIODS = ("H1", "FY", "Q1", "Q2", "Q3", "Q4", "M9", "TERM", "unknown")
NOUN_CLASSES = ("party_member", "party_org", "party_org_implicit", "committee_member", "event", "petition",
                "person", "other")
PUBLISHED_SOURCES = ("sidecar", "text", "url")
PROVINCE_SOURCES = ("sidecar", "text", "district", "url", "commune")
UNKNOWN_PROVINCE = "unknown"
UNKNOWN_PERIOD = "unknown"
FACT_FALLBACK_PERIOD = "FY"  # a statistic always has a period (ANNOTATION.md): a text naming none reports a year
PARTITION_KEYS = ("province", "year", "period")  # the folder levels; year is a plain folder, not a hive key


def indicator_codes() -> tuple[str, ...]:
    """Indicator codes, as listed in data/reference/indicators.yaml."""
    return tuple(indicator_vocab()["indicators"])


@dataclass(frozen=True)
class Column:
    """One column: Arrow type, nullability, allowed values and meaning."""

    name: str
    type: pa.DataType
    doc: str
    nullable: bool = True
    enum: tuple[str, ...] | None = None
    partition: bool = False


@dataclass(frozen=True)
class Dataset:
    """A dataset under the output root: its columns, its key and how it is partitioned."""

    name: str
    doc: str
    key: str
    columns: tuple[Column, ...] = field(default_factory=tuple)

    @property
    def file_columns(self) -> tuple[Column, ...]:
        """Columns stored inside the Parquet files (partition columns live in the path)."""
        return tuple(c for c in self.columns if not c.partition)

    def arrow_schema(self) -> pa.Schema:
        """Schema of the Parquet files."""
        return pa.schema([pa.field(c.name, c.type, nullable=c.nullable) for c in self.file_columns])

    def column(self, name: str) -> Column:
        """The column called `name`."""
        return next(c for c in self.columns if c.name == name)


STR, I32, I64, F64, BOOL = pa.string(), pa.int32(), pa.int64(), pa.float64(), pa.bool_()
TS = pa.timestamp("us", tz="UTC")
LIST_STR = pa.list_(pa.string())
LIST_I32 = pa.list_(pa.int32())

PARTITIONS = (
    Column("province", STR, "Partition: ASCII slug of the pre-2025 province ('hai-duong'); 'unknown' when the "
           "text names none and no sidecar gives one.", nullable=False, partition=True),
    Column("year", I32, "Reporting year (for facts, the statistic's own year); null when unknown. Stored in the "
           "files; the files sit in a year-<yyyy> folder (year-unknown), which readers do not turn into a column."),
    Column("period", STR, "Partition: reporting period code H1, FY, Q1-Q4, M9, TERM; 'unknown' when unknown.",
           nullable=False, enum=PERIODS, partition=True),
)
PROVENANCE = (
    Column("doc_id", STR, "Stable document id: first 16 hex digits of the SHA-256 of the file's bytes.", False),
    Column("source_path", STR, "Path of the input file, relative to the input root, '/' separated.", False),
)
SPAN = (
    Column("surface", STR, "The number as written, with its scale and unit words ('2.310,4 tỷ đồng').", False),
    Column("char_start", I32, "Start offset of the surface in documents.text (NFC).", False),
    Column("char_end", I32, "End offset (exclusive) of the surface in documents.text.", False),
    Column("snippet", STR, "The sentence the number sits in, cut to at most 300 characters around it ('…' marks "
           "a cut); the whole sentence is documents.text[sentence_start:sentence_end].", False),
    Column("sentence_start", I32, "Start offset of the sentence in documents.text.", False),
    Column("sentence_end", I32, "End offset (exclusive) of the sentence in documents.text.", False),
    Column("section", STR, "The numbered or capitalised heading the sentence sits under, if any."),
)
RUN = (Column("run_id", STR, "Id of the run that wrote the row.", False),)

DOCUMENTS = Dataset("documents", "One row per input file, whatever its status.", "source_path", (
    *PROVENANCE,
    Column("sha256", STR, "SHA-256 of the file's bytes (hex).", False),
    Column("bytes", I64, "File size in bytes.", False),
    Column("encoding", STR, "Encoding the text was read with (utf-8, utf-8-bom, utf-16-bom, utf-32-bom, "
           "utf-16le, utf-16be (no BOM), cp1258, tcvn3, vni)."),
    Column("status", STR, "ok, empty, undecodable, binary, too_large or error.", False, STATUSES),
    Column("error", STR, "Readable reason when status is not ok."),
    Column("title", STR, "Title, when the text opens with one."),
    Column("published", STR, "Publication date as stated (ISO 8601: YYYY-MM-DD or YYYY-MM)."),
    Column("published_source", STR, "Where published came from: sidecar, text (a dateline) or url (a date in the "
           "source URL).", enum=PUBLISHED_SOURCES),
    Column("province_name", STR, "Pre-2025 province named in the text (or sidecar), in Vietnamese."),
    Column("province_source", STR, "Where the province came from: sidecar, text (named), commune (a post-2025 "
           "commune named after an old district of a province merged into the one named), district (a district the "
           "text names) or url (the publisher's domain).", enum=PROVINCE_SOURCES),
    Column("province_current", STR, "Slug of the province it belongs to since 1 July 2025 ('hai-phong')."),
    Column("province_current_name", STR, "Name of the post-2025 province."),
    Column("source_url", STR, "URL given by a sidecar, if any."),
    Column("number_style", STR, "Separator convention the text uses: vi, en or unknown.",
           enum=("vi", "en", "unknown")),
    Column("n_quantities", I32, "Quantities extracted from the document.", False),
    Column("n_facts", I32, "Indicator facts extracted from the document.", False),
    Column("checks_held", I32, "Arithmetic checks of the report that held.", False),
    Column("checks_violated", I32, "Arithmetic checks of the report that failed.", False),
    Column("checks_not_applicable", I32, "Arithmetic checks with nothing to check.", False),
    Column("text", STR, "The decoded NFC text, a run of spaces between words made one (null if undecodable)."),
    *RUN,
    Column("processed_at", TS, "When the row was written (UTC).", False),
    Column("pipeline_version", STR, "vnreport version that wrote the row.", False),
    *PARTITIONS,
))

QUANTITIES = Dataset("quantities", "One row per quantity written in a document's prose.", "quantity_id", (
    Column("quantity_id", STR, "Stable id: hash of source_path, doc_id and span.", False),
    *PROVENANCE,
    *SPAN,
    Column("value", F64, "Normalised value: '2.200' -> 2200, '56,62%' -> 56.62, '14 tỷ đồng' -> 1.4e10.", False),
    Column("unit", STR, "count, percent, vnd (đồng), ha, ton or other.", False, UNITS),
    Column("approx", STR, "over ('hơn', 'trên', 'trở lên'), under ('gần', 'dưới'), about ('khoảng'), or null.",
           enum=APPROX),
    Column("noun", STR, "The noun counted, canonical for known nouns ('đảng viên', 'tổ chức đảng', 'suất quà')."),
    Column("noun_class", STR, "Class of the noun: party_member, party_org, committee_member, event, petition, "
           "person, other.", enum=NOUN_CLASSES),
    Column("ratio", STR, "numerator or denominator for the two numbers of 'X/Y'.", enum=("numerator", "denominator")),
    Column("ambiguous", BOOL, "True when the separators allowed two readings; parse_note says which was taken.",
           False),
    Column("parse_note", STR, "How an ambiguous number was read and why."),
    *RUN,
    *PARTITIONS,
))

FACTS = Dataset("facts", "One row per Party-building statistic (ANNOTATION.md).", "fact_id", (
    Column("fact_id", STR, "Stable id: hash of the quantity id, indicator, subject and measure.", False),
    Column("quantity_id", STR, "The quantity the fact was read from.", False),
    *PROVENANCE,
    Column("indicator", STR, "Indicator code (README taxonomy).", False),
    Column("subject", STR, "party_member or party_org (cấp ủy viên subsets stay in quantities).", False, SUBJECTS),
    Column("measure", STR, "count, target, attainment_pct, change_pct, change_abs or share_pct.", False, MEASURES),
    Column("actor", STR, "committee (cấp ủy), commission (ủy ban kiểm tra) or null when the text does not say.",
           enum=ACTORS),
    Column("scope", STR, "document (the document's own province or body), national or subunit.", False, SCOPES),
    Column("scope_name", STR, "The sub-unit or body named for scope subunit/national."),
    Column("value", F64, "Normalised value; change_* negative for 'giảm'.", False),
    Column("unit", STR, "Unit of the value (count or percent).", False, UNITS),
    Column("approx", STR, "over, under, about or null.", enum=APPROX),
    Column("part_of", STR, "fact_id of the total this figure breaks down (a form of discipline, a 'trong đó' "
           "subset); null for top-level figures."),
    Column("checks", LIST_STR, "Arithmetic rules this fact took part in that were violated (empty when none).",
           False),
    Column("mentions", I32, "How often the document states this statistic (a headline and the body: 2); the row "
           "is its first exact mention, so sums count it once.", False),
    Column("mention_starts", LIST_I32, "char_start of the other mentions of the same statistic (empty when none).",
           False),
    Column("province_current", STR, "Slug of the post-2025 province of the document."),
    *SPAN,
    *RUN,
    *PARTITIONS,
))

REJECTS = Dataset("rejects", "Rows that failed a row check, kept with their reasons.", "reject_id", (
    Column("reject_id", STR, "Stable id: hash of the dataset and the rejected row's id.", False),
    Column("dataset", STR, "Dataset the row was meant for (quantities, facts, documents).", False),
    Column("row_id", STR, "The rejected row's id in that dataset.", False),
    *PROVENANCE,
    Column("reasons", LIST_STR, "Checks that failed, each naming the check and the value.", False),
    Column("char_start", I32, "Start offset of the source span, if any."),
    Column("char_end", I32, "End offset of the source span, if any."),
    Column("snippet", STR, "Source snippet (at most 300 characters of the sentence), if any."),
    Column("row_json", STR, "The rejected row, as JSON.", False),
    *RUN,
    *PARTITIONS,
))

STATISTICS = Dataset(
    "statistics", "One row per statistic of a province's own figures (scope document): the figure to use when "
    "several documents report it, and why (transforms/statistics.py).", "statistic_id", (
        Column("statistic_id", STR, "Stable id: hash of province, year, period, indicator, subject, actor, measure.",
               False),
        Column("indicator", STR, "Indicator code (README taxonomy).", False),
        Column("subject", STR, "party_member or party_org.", False, SUBJECTS),
        Column("measure", STR, "count, target, attainment_pct, change_pct, change_abs or share_pct.", False, MEASURES),
        Column("actor", STR, "committee, commission or null when the text does not say.", enum=ACTORS),
        Column("value", F64, "The chosen value.", False),
        Column("unit", STR, "count or percent.", False, UNITS),
        Column("approx", STR, "over, under, about or null, of the chosen value.", enum=APPROX),
        Column("rule", STR, "The rule that chose it among the documents: only, exact, full_period, official, later, "
               "mentions or tie.", False, ("only", "exact", "full_period", "official", "later", "mentions", "tie")),
        Column("n_documents", I32, "How many documents report this statistic.", False),
        Column("fact_ids", LIST_STR, "The facts behind it, the chosen one first.", False),
        Column("disputed", BOOL, "True when the documents disagree on the value.", False),
        Column("other_values", pa.list_(F64), "The values the other documents give (empty when none).", False),
        *PROVENANCE,
        Column("province_current", STR, "Slug of the post-2025 province, so series can be read on either map."),
        *RUN,
        *PARTITIONS,
    ))

DATASETS = {d.name: d for d in (DOCUMENTS, QUANTITIES, FACTS, REJECTS, STATISTICS)}


def data_dictionary() -> str:
    """Markdown data dictionary of every dataset, generated from the column definitions."""
    lines = ["# Data dictionary", "", "Generated from `transforms/schema.py` by `vnreport dictionary`; "
             "a test fails when this file and the schema drift apart.", ""]
    for ds in DATASETS.values():
        lines += [f"## `{ds.name}/`", "", f"{ds.doc} Key: `{ds.key}`. Partitioned by "
                  "`province=/year-<yyyy>/period=`.", "", "| column | type | null | meaning |", "|---|---|---|---|"]
        for c in ds.columns:
            enum = f" One of: {', '.join(c.enum)}." if c.enum else ""
            lines.append(f"| `{c.name}` | {c.type} | {'yes' if c.nullable else 'no'} | {c.doc}{enum} |")
        lines.append("")
    return "\n".join(lines)
