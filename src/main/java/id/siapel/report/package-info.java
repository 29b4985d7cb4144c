/**
 * Reports and printed documents: the Pemda's profile as its documents show it (kop surat,
 * the Sekda's signature block), and the PDF renderer every printed document uses
 * (Thymeleaf templates under {@code templates/report/pdf}, DejaVu Sans embedded so that
 * Indonesian text prints whatever the reader's PDF viewer has installed). Reads other
 * modules; never writes their data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports and documents")
package id.siapel.report;
