#include "shell/WindowTheme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace WindowTheme {

void useLight()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(QApplication::style()->standardPalette());
}

void useDark()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(darkPalette());
}

QPalette darkPalette()
{
    QPalette dark;
    const QColor text(0xe8, 0xea, 0xed);
    const QColor disabled(0x80, 0x86, 0x8b);
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, QColor(0x1f, 0x20, 0x23));
    dark.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2b, 0x2f));
    dark.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x40, 0x43));
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    dark.setColor(QPalette::Button, QColor(0x3c, 0x40, 0x43));
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    dark.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    dark.setColor(QPalette::Midlight, QColor(0x42, 0x45, 0x49));
    dark.setColor(QPalette::Mid, QColor(0x5f, 0x63, 0x68));
    dark.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1e));
    dark.setColor(QPalette::Shadow, QColor(0x10, 0x10, 0x10));
    dark.setColor(QPalette::Highlight, QColor(0x42, 0x85, 0xf4));
    dark.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    dark.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    for (QPalette::ColorRole role : {QPalette::Text, QPalette::ButtonText, QPalette::WindowText})
        dark.setColor(QPalette::Disabled, role, disabled);
    return dark;
}

} // namespace WindowTheme
