package id.siapel.report.board;

import java.util.ArrayList;
import java.util.List;

import id.siapel.attendance.AttendanceStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The printed after-holiday report cuts its absentees into small tables (issue 15):
 * nobody is left out or printed twice, and the running number goes on across the tables.
 */
class AfterHolidayBlocksTests {

	@Test
	void everyAbsenteeIsPrintedOnceInOrderWithARunningNumber() {
		int count = 2 * AfterHolidayView.PRINTED_BLOCK + 15;
		List<AfterHolidayView.Absentee> absentees = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			absentees.add(new AfterHolidayView.Absentee("19800101200501100" + i, "Pegawai " + i, null, "Unit",
					AttendanceStatus.UNEXCUSED, null, null));
		}
		AfterHolidayView view = new AfterHolidayView(null, null, List.of(), null, null, absentees, List.of(), null);

		List<AfterHolidayView.AbsenteeBlock> blocks = view.printedBlocks();

		assertThat(blocks).extracting(AfterHolidayView.AbsenteeBlock::before)
			.containsExactly(0, AfterHolidayView.PRINTED_BLOCK, 2 * AfterHolidayView.PRINTED_BLOCK);
		assertThat(blocks).extracting((block) -> block.absentees().size())
			.containsExactly(AfterHolidayView.PRINTED_BLOCK, AfterHolidayView.PRINTED_BLOCK, 15);
		assertThat(blocks.stream().flatMap((block) -> block.absentees().stream()).toList()).isEqualTo(absentees);
	}

	@Test
	void noAbsenteesNoTable() {
		AfterHolidayView view = new AfterHolidayView(null, null, List.of(), null, null, List.of(), List.of(), null);
		assertThat(view.printedBlocks()).isEmpty();
	}

}
