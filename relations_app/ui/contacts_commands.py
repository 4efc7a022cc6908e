"""Contacts: import from address books with the choosing preview, merge two
entries of one person, find possible duplicates, export as vCard.

Reading the files and writing the import run on a worker behind a progress
dialog (5,000 contacts take most of a second to read); the import and the
merge are operations, so Edit ▸ Undo takes them back whole.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog

from relations_app.i18n import plural
from relations_app.ui.errors import FAILURES, show_failure
from relations_app.ui.feature_commands import FeatureCommands
from relations_app.ui.message_box import warning

# the readers, vobject and the import load when first used, not with the window
if TYPE_CHECKING:
    from relations_app.contacts.csv_formats import CsvFormat
    from relations_app.contacts.reading import ContactFile
    from relations_app.records import Circle, Person
    from relations_app.services.contacts import ContactImportCounts, Decision, PreviewRow

CONTACT_SUFFIXES = (".vcf", ".vcard", ".csv")


class ContactsCommands(FeatureCommands):
    # -- import ----------------------------------------------------------------------
    def import_contacts(self) -> bool:
        paths, _ = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Import contacts"),
            self.start_folder(),
            self.tr("Address books (*.vcf *.vcard *.csv);;All files (*)"),
        )
        if not paths:
            return False
        self.remember_folder(paths[0])
        return self.import_paths([Path(path) for path in paths])

    def import_paths(self, paths: list[Path]) -> bool:
        """Read every file (asking how to read a CSV of unknown columns), show
        the preview, import what was chosen; True when anything was written."""
        from relations_app.ui.contacts_preview_dialog import ContactsPreviewDialog

        read = self._read(paths)
        if read is None:
            return False
        files, preview = read
        dialog = ContactsPreviewDialog(self.window, preview, files)
        if not dialog.exec():
            return False
        return self._import(preview, dialog.decisions(), dialog.chosen_circle(), files)

    def _read(self, paths: list[Path]) -> tuple[list[ContactFile], list[PreviewRow]] | None:
        from relations_app.contacts.contact import (
            ContactFileError,
            ReadingStopped,
            UnknownCsvHeader,
        )
        from relations_app.contacts.reading import read_contact_file
        from relations_app.ui.column_mapping_dialog import ColumnMappingDialog

        title = self.tr("Import contacts")
        services, today = self.ctx.services, self.ctx.today()
        found: dict[Path, ContactFile] = {}
        mappings: dict[Path, CsvFormat] = {}

        def job(progress) -> tuple[list[ContactFile], list[PreviewRow]]:
            for path in paths:
                if path not in found:
                    found[path] = read_contact_file(
                        path, today, mappings.get(path), lambda: progress.cancelled, progress.report
                    )
            files = [found[path] for path in paths]
            return files, services.contacts.preview(files, services.duplicates.index())

        text = plural(
            len(paths),
            self.tr("Reading {0}…").format(paths[0].name),
            self.tr("Reading %Ln files…", "", len(paths)),
        )
        while True:
            try:
                return self.ctx.runner.work.run(title, text, job, cancellable=True)
            except ReadingStopped:
                return None
            except UnknownCsvHeader as unknown:
                dialog = ColumnMappingDialog(self.window, unknown)
                if not dialog.exec():
                    return None
                mappings[Path(unknown.path)] = dialog.mapped()
            except ContactFileError as error:
                warning(
                    self.window,
                    title,
                    self.tr("This file cannot be imported:\n{0}\n\nNothing was changed.").format(
                        error
                    ),
                )
                return None

    def _import(
        self,
        preview: list[PreviewRow],
        decisions: dict[int, Decision],
        circle: Circle,
        files: list[ContactFile],
    ) -> bool:
        from relations_app.operations import Cancelled, ImportContacts
        from relations_app.services.contacts import choices_for

        title = self.tr("Import contacts")
        choices = choices_for(preview, decisions)
        source = files[0].path.name
        if len(files) > 1:
            source = self.tr("{0} and %Ln more", "", len(files) - 1).format(source)
        try:
            outcome = self.ctx.runner.run(
                ImportContacts(tuple(choices), circle, source),
                first=lambda: self.ctx.before_risky_operation("import"),
            )
        except Cancelled:
            self.ctx.runner.said.emit(self.tr("Import cancelled: no one was added."))
            return False
        except FAILURES as error:
            show_failure(self.window, title, error, self.tr("Nothing was changed."))
            return False
        self.ctx.runner.said.emit(self._imported(outcome.result))
        return True

    def _imported(self, counts: ContactImportCounts) -> str:
        parts = []
        if counts.added:
            parts.append(
                plural(
                    counts.added,
                    self.tr("Added 1 person."),
                    self.tr("Added %Ln people.", "", counts.added),
                )
            )
        if counts.filled:
            parts.append(
                plural(
                    counts.filled,
                    self.tr("Filled in 1 person."),
                    self.tr("Filled in %Ln people.", "", counts.filled),
                )
            )
        parts.append(self.tr("Edit ▸ Undo (Ctrl+Z) takes it all out again."))
        return " ".join(parts)

    # -- merge ----------------------------------------------------------------------------
    def merge_people(self, first_id: int, second_id: int) -> bool:
        from relations_app.ui.merge_dialog import MergeDialog

        people = self.ctx.services.people
        first, second = people.detail(first_id), people.detail(second_id)
        if first is None or second is None or first_id == second_id:
            return False
        dialog = MergeDialog(self.window, first, second, self._merge)
        if not dialog.exec():
            return False
        self.ctx.runner.said.emit(
            self.tr("Merged {0} into {1}. Edit ▸ Undo (Ctrl+Z) separates them again.").format(
                dialog.other.name, dialog.kept.name
            )
        )
        return True

    def _merge(self, merged: Person, other: Person) -> None:
        from relations_app.operations import MergePeople

        self.ctx.runner.run(MergePeople(merged, other.id, other.name))

    def find_duplicates(self) -> None:
        from relations_app.ui.duplicates_dialog import DuplicatesDialog

        DuplicatesDialog(
            self.window,
            self.ctx.services.duplicates.possible_pairs,
            lambda pair: self.merge_people(pair.first.id, pair.second.id),
        ).exec()

    # -- export ---------------------------------------------------------------------------
    def export_vcard(self, selected: list[int]) -> Path | None:
        from relations_app.ui.vcard_export_dialog import VcardExportDialog

        title = self.tr("Export contacts (vCard)")
        if not self.plain_file_ok(title):
            return None
        options = VcardExportDialog(
            self.window, len(self.ctx.services.people.refs()), len(selected)
        )
        if not options.exec():
            return None
        suggested = str(Path(self.start_folder()) / "relations-contacts.vcf")
        name, _ = QFileDialog.getSaveFileName(
            self.window, title, suggested, self.tr("vCard (*.vcf)")
        )
        if not name:
            return None
        self.remember_folder(name)
        path = Path(name) if Path(name).suffix else Path(name).with_suffix(".vcf")
        ids = selected if options.only_selected() else None
        contacts = self.ctx.services.contacts
        try:
            count = self.ctx.runner.work.run(
                title,
                self.tr("Writing {0}…").format(path.name),
                lambda progress: contacts.export_vcard(path, ids, options.with_notes()),
            )
        except FAILURES as error:
            show_failure(self.window, title, error, self.tr("Nothing was exported."))
            return None
        self.ctx.runner.said.emit(
            plural(
                count,
                self.tr("Wrote 1 person to {0}").format(path),
                self.tr("Wrote %Ln people to {0}", "", count).format(path),
            )
        )
        return path


def contact_files(paths: list[Path]) -> list[Path]:
    """The address book files among dropped ones."""
    return [path for path in paths if path.suffix.lower() in CONTACT_SUFFIXES]
