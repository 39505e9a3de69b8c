# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_ticket.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_NewTicketDialog(object):
    def setupUi(self, NewTicketDialog):
        if not NewTicketDialog.objectName():
            NewTicketDialog.setObjectName(u"NewTicketDialog")
        NewTicketDialog.resize(820, 500)
        NewTicketDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(NewTicketDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.requesterGroup = QGroupBox(NewTicketDialog)
        self.requesterGroup.setObjectName(u"requesterGroup")
        self.requesterForm = QFormLayout(self.requesterGroup)
        self.requesterForm.setObjectName(u"requesterForm")
        self.requesterForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.requesterLabel = QLabel(self.requesterGroup)
        self.requesterLabel.setObjectName(u"requesterLabel")

        self.requesterForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.requesterLabel)

        self.requesterCombo = QComboBox(self.requesterGroup)
        self.requesterCombo.setObjectName(u"requesterCombo")
        self.requesterCombo.setEditable(True)
        self.requesterCombo.setInsertPolicy(QComboBox.NoInsert)

        self.requesterForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.requesterCombo)

        self.departmentLabel = QLabel(self.requesterGroup)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.requesterForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.departmentEdit = QLineEdit(self.requesterGroup)
        self.departmentEdit.setObjectName(u"departmentEdit")

        self.requesterForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.departmentEdit)

        self.phoneLabel = QLabel(self.requesterGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.requesterForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.requesterGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.requesterForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.channelLabel = QLabel(self.requesterGroup)
        self.channelLabel.setObjectName(u"channelLabel")

        self.requesterForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelCombo = QComboBox(self.requesterGroup)
        self.channelCombo.setObjectName(u"channelCombo")

        self.requesterForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.calledAtLabel = QLabel(self.requesterGroup)
        self.calledAtLabel.setObjectName(u"calledAtLabel")

        self.requesterForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.calledAtLabel)

        self.calledAtEdit = QDateTimeEdit(self.requesterGroup)
        self.calledAtEdit.setObjectName(u"calledAtEdit")
        self.calledAtEdit.setCalendarPopup(True)

        self.requesterForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.calledAtEdit)


        self.topLayout.addWidget(self.requesterGroup)

        self.faultGroup = QGroupBox(NewTicketDialog)
        self.faultGroup.setObjectName(u"faultGroup")
        self.faultForm = QFormLayout(self.faultGroup)
        self.faultForm.setObjectName(u"faultForm")
        self.faultForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.placeLabel = QLabel(self.faultGroup)
        self.placeLabel.setObjectName(u"placeLabel")

        self.faultForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeCombo = QComboBox(self.faultGroup)
        self.placeCombo.setObjectName(u"placeCombo")
        self.placeCombo.setEditable(True)
        self.placeCombo.setInsertPolicy(QComboBox.NoInsert)

        self.faultForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.placeCombo)

        self.systemLabel = QLabel(self.faultGroup)
        self.systemLabel.setObjectName(u"systemLabel")

        self.faultForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.systemLabel)

        self.systemCombo = QComboBox(self.faultGroup)
        self.systemCombo.setObjectName(u"systemCombo")

        self.faultForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.systemCombo)

        self.deviceLabel = QLabel(self.faultGroup)
        self.deviceLabel.setObjectName(u"deviceLabel")

        self.faultForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.deviceLabel)

        self.deviceCombo = QComboBox(self.faultGroup)
        self.deviceCombo.setObjectName(u"deviceCombo")
        self.deviceCombo.setEditable(True)
        self.deviceCombo.setInsertPolicy(QComboBox.NoInsert)
        self.deviceCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.deviceCombo.setMinimumContentsLength(20)

        self.faultForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.deviceCombo)

        self.hardwareCheck = QCheckBox(self.faultGroup)
        self.hardwareCheck.setObjectName(u"hardwareCheck")

        self.faultForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.hardwareCheck)


        self.topLayout.addWidget(self.faultGroup)

        self.topLayout.setStretch(0, 1)
        self.topLayout.setStretch(1, 1)

        self.dialogLayout.addLayout(self.topLayout)

        self.problemGroup = QGroupBox(NewTicketDialog)
        self.problemGroup.setObjectName(u"problemGroup")
        self.problemGrid = QGridLayout(self.problemGroup)
        self.problemGrid.setObjectName(u"problemGrid")
        self.classLabel = QLabel(self.problemGroup)
        self.classLabel.setObjectName(u"classLabel")

        self.problemGrid.addWidget(self.classLabel, 0, 0, 1, 1)

        self.classCombo = QComboBox(self.problemGroup)
        self.classCombo.setObjectName(u"classCombo")

        self.problemGrid.addWidget(self.classCombo, 0, 1, 1, 1)

        self.severityLabel = QLabel(self.problemGroup)
        self.severityLabel.setObjectName(u"severityLabel")

        self.problemGrid.addWidget(self.severityLabel, 0, 2, 1, 1)

        self.severityCombo = QComboBox(self.problemGroup)
        self.severityCombo.setObjectName(u"severityCombo")

        self.problemGrid.addWidget(self.severityCombo, 0, 3, 1, 1)

        self.titleLabel = QLabel(self.problemGroup)
        self.titleLabel.setObjectName(u"titleLabel")

        self.problemGrid.addWidget(self.titleLabel, 1, 0, 1, 1)

        self.titleEdit = QLineEdit(self.problemGroup)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(60)

        self.problemGrid.addWidget(self.titleEdit, 1, 1, 1, 3)

        self.descriptionLabel = QLabel(self.problemGroup)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)

        self.problemGrid.addWidget(self.descriptionLabel, 2, 0, 1, 1)

        self.descriptionEdit = QPlainTextEdit(self.problemGroup)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.problemGrid.addWidget(self.descriptionEdit, 2, 1, 1, 3)

        self.problemGrid.setColumnStretch(1, 1)
        self.problemGrid.setColumnStretch(3, 1)

        self.dialogLayout.addWidget(self.problemGroup)

        self.errorLabel = QLabel(NewTicketDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b3261e; font-weight: bold;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(NewTicketDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.requesterLabel.setBuddy(self.requesterCombo)
        self.departmentLabel.setBuddy(self.departmentEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.channelLabel.setBuddy(self.channelCombo)
        self.calledAtLabel.setBuddy(self.calledAtEdit)
        self.placeLabel.setBuddy(self.placeCombo)
        self.systemLabel.setBuddy(self.systemCombo)
        self.deviceLabel.setBuddy(self.deviceCombo)
        self.classLabel.setBuddy(self.classCombo)
        self.severityLabel.setBuddy(self.severityCombo)
        self.titleLabel.setBuddy(self.titleEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.requesterCombo, self.departmentEdit)
        QWidget.setTabOrder(self.departmentEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.channelCombo)
        QWidget.setTabOrder(self.channelCombo, self.calledAtEdit)
        QWidget.setTabOrder(self.calledAtEdit, self.placeCombo)
        QWidget.setTabOrder(self.placeCombo, self.systemCombo)
        QWidget.setTabOrder(self.systemCombo, self.deviceCombo)
        QWidget.setTabOrder(self.deviceCombo, self.hardwareCheck)
        QWidget.setTabOrder(self.hardwareCheck, self.classCombo)
        QWidget.setTabOrder(self.classCombo, self.severityCombo)
        QWidget.setTabOrder(self.severityCombo, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.descriptionEdit)

        self.retranslateUi(NewTicketDialog)
        self.buttonBox.accepted.connect(NewTicketDialog.accept)
        self.buttonBox.rejected.connect(NewTicketDialog.reject)

        QMetaObject.connectSlotsByName(NewTicketDialog)
    # setupUi

    def retranslateUi(self, NewTicketDialog):
        NewTicketDialog.setWindowTitle(QCoreApplication.translate("NewTicketDialog", u"\u767b\u8bb0\u62a5\u4fee", None))
        self.requesterGroup.setTitle(QCoreApplication.translate("NewTicketDialog", u"\u62a5\u4fee\u4eba", None))
        self.requesterLabel.setText(QCoreApplication.translate("NewTicketDialog", u"\u63d0\u51fa\u4eba *", None))
#if QT_CONFIG(tooltip)
        self.requesterCombo.setToolTip(QCoreApplication.translate("NewTicketDialog", u"\u8f93\u5165\u59d3\u540d\uff0c\u6216\u4ece\u5df2\u77e5\u7684\u63d0\u51fa\u4eba\u4e2d\u9009\u62e9\uff08\u81ea\u52a8\u586b\u5199\u90e8\u95e8\u548c\u7535\u8bdd\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.departmentLabel.setText(QCoreApplication.translate("NewTicketDialog", u"\u90e8\u95e8", None))
        self.phoneLabel.setText(QCoreApplication.translate("NewTicketDialog", u"\u8054\u7cfb\u7535\u8bdd", None))
        self.channelLabel.setText(QCoreApplication.translate("NewTicketDialog", u"\u62a5\u4fee\u65b9\u5f0f *", None))
        self.calledAtLabel.setText(QCoreApplication.translate("NewTicketDialog", u"\u62a5\u4fee\u65f6\u95f4 *", None))
        self.calledAtEdit.setDisplayFormat(QCoreApplication.translate("NewTicketDialog", u"yyyy-MM-dd HH:mm", None))
#if QT_CONFIG(tooltip)
        self.calledAtEdit.setToolTip(QCoreApplication.translate("NewTicketDialog", u"\u9ed8\u8ba4\u4e3a\u5f53\u524d\u65f6\u95f4\uff1b\u4e8b\u540e\u8865\u767b\u65f6\u8bf7\u6539\u4e3a\u5b9e\u9645\u62a5\u4fee\u65f6\u95f4", None))
#endif // QT_CONFIG(tooltip)
        self.faultGroup.setTitle(QCoreApplication.translate("NewTicketDialog", u"\u6545\u969c\u4f4d\u7f6e", None))
        self.placeLabel.setText(QCoreApplication.translate("NewTicketDialog", u"\u5730\u70b9 *", None))
        self.systemLabel.setText(QCoreApplication.translate("NewTicketDialog", u"\u6240\u5c5e\u7cfb\u7edf *", None))
        self.deviceLabel.setText(QCoreApplication.translate("NewTicketDialog", u"\u8bbe\u5907", None))
        self.hardwareCheck.setText(QCoreApplication.translate("NewTicketDialog", u"\u786c\u4ef6\u6545\u969c\uff08\u8d85\u8fc7\u65f6\u9650\u672a\u4fee\u590d\u9700\u63d0\u4f9b\u5907\u7528\u673a\uff09", None))
        self.problemGroup.setTitle(QCoreApplication.translate("NewTicketDialog", u"\u95ee\u9898", None))
        self.classLabel.setText(QCoreApplication.translate("NewTicketDialog", u"\u95ee\u9898\u7c7b\u522b *", None))
        self.severityLabel.setText(QCoreApplication.translate("NewTicketDialog", u"\u7d27\u6025\u7a0b\u5ea6 *", None))
        self.titleLabel.setText(QCoreApplication.translate("NewTicketDialog", u"\u6807\u9898", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("NewTicketDialog", u"\u53ef\u4e0d\u586b\uff0c\u9ed8\u8ba4\u53d6\u95ee\u9898\u63cf\u8ff0\u7684\u7b2c\u4e00\u884c", None))
        self.descriptionLabel.setText(QCoreApplication.translate("NewTicketDialog", u"\u95ee\u9898\u63cf\u8ff0 *", None))
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("NewTicketDialog", u"\u73b0\u8c61\u3001\u8303\u56f4\u3001\u53d1\u73b0\u65f6\u95f4\u3001\u5df2\u505a\u7684\u5904\u7406\u2026\u2026", None))
    # retranslateUi

