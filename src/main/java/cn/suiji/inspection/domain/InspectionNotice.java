package cn.suiji.inspection.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The content of one 检查通知书, numbered, as the renderers print it: addressee, items with their
 * legal bases, task, window, methods, what to prepare, the departments taking part with their
 * inspectors (names and 执法证号, never ID numbers), contact, issuer and date. The duties and
 * rights (cooperate, 不配合检查情节严重 is published, no fee, recusal) are the template's fixed
 * wording. A joint task gives one notice per target naming every taking-part department.
 *
 * @param inspectionId the inspection the notice belongs to
 * @param number the document number, e.g. 青市监抽通〔2026〕17号
 * @param voided whether the notice was voided (it keeps its number and is printed 作废)
 * @param addressee the target's name
 * @param addresseeCode its credit code, else its registration number, else its object key
 * @param taskNumber as in {@link Announcement#taskNumber()}
 * @param methods the verification methods in words (实地检查、书面检查 …)
 * @param materials what the target prepares (资料清单); may be empty
 * @param departments lead department first, with its inspectors in pick order
 * @param contactPerson the department's contact for the inspection
 * @param contactPhone its telephone
 * @param issuer the lead department's name (the 落款)
 * @param date the date of issue
 */
public record InspectionNotice(
    long inspectionId,
    String number,
    boolean voided,
    String addressee,
    String addresseeCode,
    String taskNumber,
    String taskName,
    List<Item> items,
    LocalDate from,
    LocalDate to,
    List<String> methods,
    String materials,
    List<Party> departments,
    String contactPerson,
    String contactPhone,
    String issuer,
    LocalDate date) {

  public InspectionNotice {
    items = List.copyOf(items);
    methods = List.copyOf(methods);
    departments = List.copyOf(departments);
  }

  /** An item to be checked and its legal basis. */
  public record Item(String name, String legalBasis) {}

  /** A department taking part, with its inspectors. */
  public record Party(String department, List<Officer> inspectors) {
    public Party {
      inspectors = List.copyOf(inspectors);
    }
  }

  /** An inspector as a notice names them: name and 执法证号 (empty where none is on file). */
  public record Officer(String name, String certNo) {}
}
