package cn.suiji.shared.time;

import cn.suiji.shared.SuijiException;
import cn.suiji.shared.audit.AuditEvent;
import cn.suiji.shared.audit.Auditor;
import cn.suiji.shared.l10n.FileReasons;
import cn.suiji.shared.time.data.CalendarRepository;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/**
 * The working-day calendar kept in the database: pre-filled with the shipped 2025–2026
 * arrangement the first time a file is opened, editable a day at a time, and importable and
 * exportable as the calendar file ({@link CalendarFile}).
 */
public final class CalendarService {
  private final DSLContext dsl;
  private final CalendarRepository repository;
  private final Auditor auditor;
  private volatile @Nullable WorkingCalendar cached;

  public CalendarService(DSLContext dsl, CalendarRepository repository, Auditor auditor) {
    this.dsl = dsl;
    this.repository = repository;
    this.auditor = auditor;
  }

  /** Puts the shipped arrangement in a file that never had it. */
  public void seedIfNew() {
    if (repository.seeded(dsl)) {
      return;
    }
    WorkingCalendar builtIn = CalendarFile.builtIn();
    dsl.transaction(trx -> {
      DSLContext tx = trx.dsl();
      repository.replaceYears(tx, builtIn);
      repository.markSeeded(tx);
      auditor.record(tx, AuditEvent.of("calendar.seed", "calendar", years(builtIn), null));
    });
    cached = null;
  }

  public WorkingCalendar calendar() {
    WorkingCalendar c = cached;
    if (c == null) {
      c = repository.load(dsl);
      cached = c;
    }
    return c;
  }

  /** {@code n} working days after {@code from}; provisional where the calendar does not cover a day. */
  public Deadline deadline(LocalDate from, int n) {
    return calendar().deadline(from, n);
  }

  /** Replaces the years the file declares by the file's days; other years stay. One transaction. */
  public WorkingCalendar importFile(Path file) {
    WorkingCalendar imported;
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      imported = CalendarFile.read(in);
    } catch (IOException e) {
      throw unreadable(e, file);
    } catch (SuijiException e) {
      // the reader's own refusal names the line; a failed read names the file and the cause
      throw e.getCause() instanceof IOException io ? unreadable(io, file) : e;
    }
    if (imported.years().isEmpty()) {
      throw new SuijiException("calendar.import.noYears", file);
    }
    dsl.transaction(trx -> {
      DSLContext tx = trx.dsl();
      repository.replaceYears(tx, imported);
      auditor.record(tx, AuditEvent.of("calendar.import", "calendar", years(imported), file.getFileName().toString()));
    });
    cached = null;
    return imported;
  }

  private static SuijiException unreadable(IOException e, Path file) {
    if (e instanceof NoSuchFileException) {
      return new SuijiException(e, "calendar.import.notFound", file);
    }
    if (e instanceof CharacterCodingException) {
      return new SuijiException(e, "calendar.import.encoding", file);
    }
    return new SuijiException(e, "calendar.import.unreadable", file, FileReasons.describe(e));
  }

  /** Writes the whole stored calendar as a calendar file. */
  public void exportFile(Path file) {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      CalendarFile.write(out, calendar());
    } catch (IOException e) {
      throw new SuijiException(e, "calendar.export.failed", file, FileReasons.describe(e));
    }
  }

  /** Sets one day of a covered year (holiday or make-up workday), or clears it with {@code null}. */
  public void setDay(LocalDate date, @Nullable SpecialDay day) {
    WorkingCalendar current = calendar();
    if (!current.covers(Year.from(date))) {
      throw new SuijiException("calendar.yearNotCovered", date.toString(), String.valueOf(date.getYear()));
    }
    Map<LocalDate, SpecialDay> days = new HashMap<>(current.days());
    days.keySet().removeIf(d -> d.getYear() != date.getYear());
    SpecialDay before = days.remove(date);
    if (day != null) {
      days.put(date, day);
    }
    WorkingCalendar year = new WorkingCalendar(Map.of(Year.from(date), current.years().get(Year.from(date))), days);
    dsl.transaction(trx -> {
      DSLContext tx = trx.dsl();
      repository.replaceYears(tx, year);
      auditor.record(tx, new AuditEvent("calendar.setDay", "calendar", date.toString(),
          before == null ? null : before.toString(), day == null ? null : day.toString(), null));
    });
    cached = null;
  }

  private static String years(WorkingCalendar c) {
    return c.years().keySet().stream().map(Year::toString).collect(Collectors.joining(","));
  }
}
