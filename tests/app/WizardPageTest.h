#pragma once

// What the tests of the enrollment wizard's steps share: the step shown in a wizard of its own
// (followed by a blank page, so that "Suivant" says whether the step is complete), the real
// sandbox as the portal, and helpers that find and drive the step's controls by objectName.
#include "app/enrollment/DossierEditor.h"
#include "app/widgets/DocumentField.h"
#include "app/widgets/FileDialogs.h"
#include "app/widgets/MissingList.h"
#include "core/portal/PortalClient.h"
#include "core/services/PortalLookups.h"
#include "tests/app/Driving.h"
#include "tests/app/QtTry.h"
#include "tests/app/TranslatedTest.h"
#include "tests/core/files/FileFixtures.h"
#include "tests/support/SandboxProcess.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTemporaryDir>
#include <QWizard>

#include <chrono>
#include <functional>
#include <memory>

namespace segurdesk::testing {

class WizardPageTest : public TranslatedTest
{
protected:
    using MakePage = std::function<QWizardPage*(enrollment::DossierEditor&, services::PortalLookups&)>;

    // `sandboxConfig` is laid over the sandbox's test configuration.
    WizardPageTest(MakePage makePage, const QJsonObject& sandboxConfig = {})
        : m_sandbox(sandboxConfig)
        , m_makePage(std::move(makePage))
    { }

    void SetUp() override
    {
        ASSERT_TRUE(m_sandbox.ok()) << m_sandbox.error().toStdString();
        TranslatedTest::SetUp();
        open(QUrl(m_sandbox.url()));
    }

    // The step, made afresh, on the portal at `portal`.
    void open(const QUrl& portal)
    {
        // What uses the lookups goes before them, and they before their client.
        m_wizard.reset();
        m_lookups.reset();
        portal::PortalClient::Options options;
        options.timeout = std::chrono::seconds(10);
        m_client = std::make_unique<portal::PortalClient>(m_network, portal, options);
        m_lookups = std::make_unique<services::PortalLookups>(*m_client);
        m_wizard = std::make_unique<QWizard>();
        m_page = m_makePage(m_editor, *m_lookups);
        m_wizard->addPage(m_page);
        m_wizard->addPage(new QWizardPage);
        m_wizard->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_wizard.get()));
    }

    template<class T> T* child(const char* name, QWidget* in = nullptr)
    {
        return (in ? in : m_page)->findChild<T*>(QString::fromLatin1(name));
    }
    QLineEdit* edit(const char* name, QWidget* in = nullptr) { return child<QLineEdit>(name, in); }
    widgets::MissingList* missing() { return child<widgets::MissingList>("missingList"); }
    bool nextEnabled() { return m_wizard->button(QWizard::NextButton)->isEnabled(); }

    QStringList missingNames()
    {
        QStringList names;
        for (const widgets::MissingList::Item& item : missing()->items())
            names << item.name;
        return names;
    }

    // A one-page PDF named `name` chosen in `field`, as the file dialog gives it; returns once the
    // field has accepted it.
    void attach(QWidget* field, const QString& name) { attachPdf(m_files, field, name); }

    test::SandboxProcess m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<portal::PortalClient> m_client;
    std::unique_ptr<services::PortalLookups> m_lookups;
    enrollment::DossierEditor m_editor;
    std::unique_ptr<QWizard> m_wizard;
    QWizardPage* m_page = nullptr;
    QTemporaryDir m_directory;
    FileFixtures m_files {m_directory.path()};

private:
    MakePage m_makePage;
};

} // namespace segurdesk::testing
