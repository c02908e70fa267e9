#!/usr/bin/env python3
"""Maintainer tool: fill translations into a Qt .ts file from a JSON mapping.

    python3 translations/fill_translations.py translations/classjournal_ru.ts mapping.json
    python3 translations/fill_translations.py --missing translations/classjournal_ru.ts   # list untranslated

The mapping is {"source text": "translation"} or, for plural (%n) messages, {"source": ["form1",
"form2", "form3"]}; a key "Context::source" applies to one context only. The mapping may also be
another .ts file (e.g. the other side of a merge): its finished translations are taken. Run lupdate
first (cmake --build build --target update_translations) so new sources are in the file.
"""
import json
import sys
import xml.etree.ElementTree as ET


def load(path):
    tree = ET.parse(path)
    return tree, tree.getroot()


def untranslated(root):
    for ctx in root.iter('context'):
        name = ctx.findtext('name')
        for msg in ctx.iter('message'):
            tr = msg.find('translation')
            forms = tr.findall('numerusform')
            empty = (tr.get('type') in ('unfinished', 'vanished', 'obsolete')) or (
                not forms and not (tr.text or '').strip()) or (forms and any(not (f.text or '').strip() for f in forms))
            if empty:
                yield name, msg


def load_mapping(path):
    if not path.endswith('.ts'):
        return json.load(open(path, encoding='utf-8'))
    _, root = load(path)
    unfinished = {id(msg) for _, msg in untranslated(root)}
    mapping = {}
    for ctx in root.iter('context'):
        name = ctx.findtext('name')
        for msg in ctx.iter('message'):
            if id(msg) in unfinished:
                continue
            tr = msg.find('translation')
            forms = [f.text for f in tr.findall('numerusform')]
            mapping[f"{name}::{msg.findtext('source')}"] = forms if forms else tr.text
    return mapping


def save(tree, path):
    ET.indent(tree, space='    ')
    body = ET.tostring(tree.getroot(), encoding='unicode')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(body)
        f.write('\n')


def main():
    if sys.argv[1] == '--missing':
        _, root = load(sys.argv[2])
        missing = {msg.findtext('source'): '' for _, msg in untranslated(root)}
        json.dump(missing, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return
    path, mapping_path = sys.argv[1], sys.argv[2]
    tree, root = load(path)
    mapping = load_mapping(mapping_path)
    filled = 0
    for ctx_name, msg in list(untranslated(root)):
        src = msg.findtext('source')
        value = mapping.get(f'{ctx_name}::{src}', mapping.get(src))
        if value is None:
            continue
        tr = msg.find('translation')
        tr.attrib.pop('type', None)
        for child in list(tr):
            tr.remove(child)
        if msg.get('numerus') == 'yes':
            tr.text = None
            for form in (value if isinstance(value, list) else [value]):
                ET.SubElement(tr, 'numerusform').text = form
        else:
            tr.text = value
        filled += 1
    save(tree, path)
    left = sum(1 for _ in untranslated(root))
    print(f'{path}: filled {filled}, still untranslated {left}')


if __name__ == '__main__':
    main()
