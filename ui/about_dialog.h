#pragma once

#include <QDialog>

/** Name, version, the libtorch in use, licence and credits. */
class AboutDialog final : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);
};
