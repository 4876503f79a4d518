// libxlsxwriter: Excel workbooks with frozen panes, filters and column widths, written as Excel does.
#include <xlsxwriter.h>
