package cn.suiji.admin.ui;

import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.time.SpecialDay;
import cn.suiji.shared.ui.Columns;
import cn.suiji.shared.ui.IsoDates;
import cn.suiji.shared.ui.ViewLoader;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** Binds the calendar screen to its ViewModel. */
public final class CalendarView {
  private final CalendarViewModel viewModel;
  private final Messages messages;
  private final Parent root;

  @FXML private ComboBox<Integer> year;
  @FXML private TableView<CalendarViewModel.DayRow> days;
  @FXML private TableColumn<CalendarViewModel.DayRow, String> dateColumn;
  @FXML private TableColumn<CalendarViewModel.DayRow, String> kindColumn;
  @FXML private TableColumn<CalendarViewModel.DayRow, String> nameColumn;
  @FXML private DatePicker editDate;
  @FXML private ComboBox<SpecialDay.Kind> editKind;
  @FXML private TextField editName;
  @FXML private DatePicker from;
  @FXML private Spinner<Integer> workdays;
  @FXML private Label deadline;
  @FXML private Label error;

  public CalendarView(CalendarViewModel viewModel, ViewLoader loader, Messages messages) {
    this.viewModel = viewModel;
    this.messages = messages;
    this.root = loader.load(this);
    viewModel.refresh();
  }

  public Parent root() {
    return root;
  }

  @FXML
  private void initialize() {
    year.setItems(viewModel.years());
    year.valueProperty().bindBidirectional(viewModel.yearProperty());
    days.setItems(viewModel.days());
    Columns.text(dateColumn, row -> row.date().toString());
    Columns.text(kindColumn, CalendarViewModel.DayRow::kind);
    Columns.text(nameColumn, CalendarViewModel.DayRow::name);
    days.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
      if (row != null) {
        viewModel.editDateProperty().set(row.date());
        viewModel.editNameProperty().set(row.name());
      }
    });
    IsoDates.use(editDate);
    IsoDates.use(from);
    editDate.valueProperty().bindBidirectional(viewModel.editDateProperty());
    editKind.getItems().setAll(SpecialDay.Kind.values());
    editKind.setConverter(new StringConverter<>() {
      @Override
      public String toString(SpecialDay.Kind kind) {
        return kind == null ? "" : messages.label(kind);
      }

      @Override
      public SpecialDay.Kind fromString(String text) {
        return null;
      }
    });
    editKind.valueProperty().bindBidirectional(viewModel.editKindProperty());
    editName.textProperty().bindBidirectional(viewModel.editNameProperty());
    from.valueProperty().bindBidirectional(viewModel.fromProperty());
    SpinnerValueFactory.IntegerSpinnerValueFactory factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 365, 20);
    workdays.setValueFactory(factory);
    factory.valueProperty().addListener((obs, old, n) -> viewModel.workdaysProperty().set(n == null ? 20 : n));
    deadline.textProperty().bind(viewModel.deadlineProperty());
    error.textProperty().bind(viewModel.errorProperty());
  }

  @FXML
  private void importFile() {
    viewModel.importFile();
  }

  @FXML
  private void exportFile() {
    viewModel.exportFile();
  }

  @FXML
  private void saveDay() {
    viewModel.saveDay();
  }

  @FXML
  private void clearDay() {
    viewModel.clearDay();
  }

  @FXML
  private void computeDeadline() {
    viewModel.computeDeadline();
  }
}
