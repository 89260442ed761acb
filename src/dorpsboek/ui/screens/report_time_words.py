"""Words of the account's time section on screen (translated; the exports stay Dutch)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dorpsboek.domain.report import Account
from dorpsboek.reports.layout_time import hours_text


def titles() -> dict[str, str]:
    return {
        "time": QCoreApplication.translate("ReportTime", "Tijd"),
        "time_by_month": QCoreApplication.translate("ReportTime", "Tijd per maand"),
        "time_by_kind": QCoreApplication.translate("ReportTime", "Tijd per soort werk"),
        "time_by_tag": QCoreApplication.translate("ReportTime", "Tijd per eigen onderwerp (#tag)"),
        "time_by_kern": QCoreApplication.translate("ReportTime", "Tijd per kern"),
        "residents_by_kern": QCoreApplication.translate("ReportTime", "Inwoners bereikt per kern"),
        "outcomes": QCoreApplication.translate(
            "ReportTime", "Wat kwam er uit de afgeronde hulpvragen"
        ),
    }


def lines(key: str, account: Account) -> list[str] | None:
    """The sentences of a time section, or None for a section that is not one of these."""
    n, t = account.numbers, account.numbers.time
    if key == "time":
        out = [
            QCoreApplication.translate(
                "ReportTime",
                "Genoteerde tijd: {total}, waarvan {without} aan werk zonder inwoner "
                "(overleg, groepen, vrijwilligers, netwerk).",
            ).format(total=hours_text(t.total), without=hours_text(t.without_resident)),
            QCoreApplication.translate(
                "ReportTime", "Activiteiten (niet over één inwoner): {n}."
            ).format(n=t.activities),
            QCoreApplication.translate(
                "ReportTime", "Niet bij elk contact wordt de tijd genoteerd."
            ),
        ]
        if t.contracted_by_month:
            total = hours_text(sum(t.contracted_by_month.values()))
            out.append(
                QCoreApplication.translate(
                    "ReportTime", "Contracturen in deze periode: {h}."
                ).format(h=total)
            )
        return out
    if key == "outcomes":
        return [
            QCoreApplication.translate(
                "ReportTime",
                "Dit zijn de hulpvragen die in deze periode zijn afgerond ({n}), "
                "elk met wat eruit kwam.",
            ).format(n=account.shown(n.help_done))
        ]
    return None
