/**
 * Reading uploaded staff tables (CSV, XLSX) into header names and text cells; what the
 * columns mean is decided by {@link id.siapel.employee.EmployeeImport}.
 */
package id.siapel.employee.importing;
