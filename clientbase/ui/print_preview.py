"""Print preview: the PDF's pages as they will come out, then Print or Save as PDF.

QtPdf renders the very file that would be saved, so what is seen is what is printed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, QSettings, QSize
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from clientbase.errors import ExportError
from clientbase.services.file_output import save_copy
from clientbase.ui import labels
from clientbase.ui.file_places import last_folder, remember_folder

# Pages go to the printer as pictures of this resolution: sharp on paper, and an A4 page
# stays about 25 MB of memory instead of the 550 MB of a 1200-dpi printer's own resolution.
PRINT_DPI = 300
ZOOM_STEP = 1.25


class PrintPreview(QDialog):
    def __init__(
        self,
        path: Path,
        title: str,
        suggested_name: str,
        settings: QSettings,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.path = path
        self.suggested_name = suggested_name
        self.settings = settings
        self.setWindowTitle(self.tr("Print preview — %1").replace("%1", title))
        self.document = QPdfDocument(self)
        self.document.load(str(path))
        self.view = QPdfView(self)
        self.view.setObjectName("preview")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)

        toolbar = QToolBar()
        keys = QKeySequence.StandardKey
        self.print_action = self._add(toolbar, self.tr("&Print…"), keys.Print, self.print_document)
        self.save_action = self._add(toolbar, self.tr("&Save as PDF…"), keys.Save, self.save_as)
        toolbar.addSeparator()
        self._add(toolbar, self.tr("Zoom &in"), QKeySequence.StandardKey.ZoomIn, self.zoom_in)
        self._add(toolbar, self.tr("Zoom &out"), QKeySequence.StandardKey.ZoomOut, self.zoom_out)
        self._add(toolbar, self.tr("Fit &width"), QKeySequence("Ctrl+0"), self.fit_width)
        self._add(toolbar, self.tr("Whole &page"), QKeySequence("Ctrl+9"), self.fit_page)
        self.pages = QLabel(self.tr("%n page(s)", "", self.document.pageCount()))
        self.pages.setObjectName("pages")
        toolbar.addSeparator()
        toolbar.addWidget(self.pages)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(toolbar)
        layout.addWidget(self.view, 1)
        self.resize(900, 1000)

    def _add(
        self,
        toolbar: QToolBar,
        text: str,
        key: QKeySequence | QKeySequence.StandardKey,
        slot: Callable[[], object],
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcut(key)
        action.triggered.connect(slot)
        toolbar.addAction(action)
        return action

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def zoom_in(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(self.view.zoomFactor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(self.view.zoomFactor() / ZOOM_STEP)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def fit_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)

    def save_as(self) -> Path | None:
        """Offered in the folder a PDF was saved to last (else Documents), under the
        printout's own name: «Список клиентов 2026-12-05.pdf»."""
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save as PDF"),
            str(last_folder(self.settings, "pdf") / self.suggested_name),
            self.tr("PDF documents (*.pdf)"),
        )
        if not name:
            return None
        target = Path(name)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        saved = self.save_to(target)
        if saved is not None:
            remember_folder(self.settings, "pdf", saved)
        return saved

    def save_to(self, target: Path) -> Path | None:
        try:
            save_copy(self.path, target)
        except ExportError as error:
            QMessageBox.warning(self, self.tr("Save as PDF"), labels.error_text(error))
            return None
        return target

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name)
        first = self.document.pagePointSize(0)
        if first.width() > first.height():
            printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.page_count)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Send the pages the printer dialog chose to `printer`; return how many were sent."""
        start, end = printer.fromPage(), printer.toPage()
        if start == 0:
            start, end = 1, self.page_count
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("Print"), self.tr("The printer cannot be used."))
            return 0
        sent = 0
        try:
            for page in range(start - 1, min(end, self.page_count)):
                if sent:
                    printer.newPage()
                self._draw_page(painter, page)
                sent += 1
        finally:
            painter.end()
        return sent

    def _draw_page(self, painter: QPainter, page: int) -> None:
        points = self.document.pagePointSize(page)
        area = QRectF(painter.viewport())
        scale = min(area.width() / points.width(), area.height() / points.height())
        size = QSize(
            round(points.width() * PRINT_DPI / 72), round(points.height() * PRINT_DPI / 72)
        )
        image = self.document.render(page, size)
        target = QRectF(area.left(), area.top(), points.width() * scale, points.height() * scale)
        painter.drawImage(target, image)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.document.close()
        super().closeEvent(event)
