package cn.suiji.draw.ui;

import cn.suiji.shared.l10n.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.ObservableList;

/**
 * What the room sees on the projector while the clerk runs the wizard (the 抽取仪式 view): the
 * task, the commitment once it is fixed, the witnesses and the public random number as they are
 * typed, then the result with names and the 核验码. Everything is derived from the wizard's
 * model and read only: the projector shows, the clerk operates.
 */
public final class CeremonyModel {
  /** What the room is waiting for. */
  public enum Phase { PREPARING, COMMITTED, DRAWN, CONFIRMED }

  private final DrawWizardViewModel wizard;
  private final StringBinding heading;
  private final StringBinding phaseText;
  private final StringBinding commitment;
  private final StringBinding witnesses;
  private final StringBinding entropy;

  public CeremonyModel(DrawWizardViewModel wizard, Messages messages) {
    this.wizard = wizard;
    this.heading = Bindings.createStringBinding(() -> {
      DrawRows.TaskRow t = wizard.selectedTaskProperty().get();
      return t == null ? messages.get("draw.ceremony.noTask") : messages.get("draw.ceremony.heading", t.code(), t.name());
    }, wizard.selectedTaskProperty());
    this.phaseText = Bindings.createStringBinding(() -> messages.get(switch (phase()) {
      case PREPARING -> "draw.ceremony.phase.preparing";
      case COMMITTED -> "draw.ceremony.phase.committed";
      case DRAWN -> "draw.ceremony.phase.drawn";
      case CONFIRMED -> "draw.ceremony.phase.confirmed";
    }), wizard.commitmentProperty(), wizard.verificationCodeProperty(), wizard.finishedProperty());
    this.commitment = Bindings.createStringBinding(() -> grouped(wizard.commitmentProperty().get()),
        wizard.commitmentProperty());
    this.witnesses = Bindings.createStringBinding(() -> blankAsDash(wizard.witnessesProperty().get()),
        wizard.witnessesProperty());
    this.entropy = Bindings.createStringBinding(() -> blankAsDash(wizard.entropyProperty().get()),
        wizard.entropyProperty());
  }

  /** Where the ceremony stands. */
  public Phase phase() {
    if (wizard.finishedProperty().get() && !isBlank(wizard.verificationCodeProperty().get())) {
      return Phase.CONFIRMED;
    }
    if (!isBlank(wizard.verificationCodeProperty().get())) {
      return Phase.DRAWN;
    }
    return isBlank(wizard.commitmentProperty().get()) ? Phase.PREPARING : Phase.COMMITTED;
  }

  /** The 64 hex digits in groups of eight, so a witness can read them aloud and compare. */
  static String grouped(String hex) {
    if (isBlank(hex)) {
      return "—";
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < hex.length(); i += 8) {
      if (i > 0) {
        b.append(i % 32 == 0 ? "\n" : " ");
      }
      b.append(hex, i, Math.min(hex.length(), i + 8));
    }
    return b.toString();
  }

  private static String blankAsDash(String s) {
    return isBlank(s) ? "—" : s.strip();
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  public StringBinding heading() {
    return heading;
  }

  public StringBinding phaseText() {
    return phaseText;
  }

  public StringBinding commitment() {
    return commitment;
  }

  public StringBinding witnesses() {
    return witnesses;
  }

  public StringBinding entropy() {
    return entropy;
  }

  public javafx.beans.property.ReadOnlyStringProperty verificationCode() {
    return wizard.verificationCodeProperty();
  }

  public javafx.beans.property.ReadOnlyStringProperty taskWindow() {
    return wizard.taskChoice().taskWindowProperty();
  }

  /** The drawn targets with names, as on the wizard's result step. */
  public ObservableList<DrawRows.SelectedRow> rows() {
    return wizard.selected();
  }
}
