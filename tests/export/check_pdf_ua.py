#!/usr/bin/env python3
"""Checks a PDF against what PDF/UA-1 asks of the summary, with pikepdf (Debian
python3-pikepdf): a reader that shares no code with cairo or qpdf's writer.

Usage: check_pdf_ua.py FILE.pdf EXPECTED.json

EXPECTED.json holds {"language", "title", "headings": [levels in reading
order, as the HTML page has them], "alt_texts": [the HTML page's non-empty
alt texts in order], "bookmarks": [the part titles]}.

Prints one line of figures as JSON, then every problem found; exits 0 when
there are none, 1 when there are some, 2 when the file cannot be read.
"""
import json
import re
import sys
import xml.etree.ElementTree as ElementTree

import pikepdf

# Operators that put something on the page: text, images, shadings, paths.
PAINTING = {'Tj', 'TJ', "'", '"', 'Do', 'sh', 'S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'INLINE IMAGE', 'BI'}


def name_of(value):
    return str(value)[1:] if isinstance(value, pikepdf.Name) else None


def main():
    pdf_path, expected_path = sys.argv[1], sys.argv[2]
    with open(expected_path, encoding='utf-8') as file:
        expected = json.load(file)
    try:
        pdf = pikepdf.open(pdf_path)
    except Exception as error:  # noqa: BLE001 - any reason the file cannot be read
        print(f'cannot read {pdf_path}: {error}')
        return 2
    problems = []
    root = pdf.Root

    # The catalog: language, metadata, title shown, tagged.
    if str(root.get('/Lang', '')) != expected['language']:
        problems.append(f"/Lang is {root.get('/Lang')!r}, not {expected['language']!r}")
    viewer = root.get('/ViewerPreferences', {})
    if viewer.get('/DisplayDocTitle') is not True:
        problems.append('ViewerPreferences has no DisplayDocTitle true')
    if root.get('/MarkInfo', {}).get('/Marked') is not True:
        problems.append('MarkInfo has no Marked true')
    metadata = root.get('/Metadata')
    if metadata is None:
        problems.append('no XMP metadata')
    else:
        xmp = ElementTree.fromstring(metadata.read_bytes().decode('utf-8').split('?>', 1)[1].rsplit('<?xpacket', 1)[0])
        ns = {'rdf': 'http://www.w3.org/1999/02/22-rdf-syntax-ns#', 'dc': 'http://purl.org/dc/elements/1.1/',
              'pdfuaid': 'http://www.aiim.org/pdfua/ns/id/'}
        parts = [element.text for element in xmp.iter('{http://www.aiim.org/pdfua/ns/id/}part')]
        if parts != ['1']:
            problems.append(f'XMP pdfuaid:part is {parts}, not 1')
        titles = [element.text for element in xmp.findall('.//dc:title/rdf:Alt/rdf:li', ns)]
        if titles != [expected['title']]:
            problems.append(f"XMP dc:title is {titles}, not {expected['title']!r}")
    if str(pdf.docinfo.get('/Title', '')) != expected['title']:
        problems.append('the document information has another title')

    # The structure tree, in reading order.
    tree = root.get('/StructTreeRoot')
    if tree is None:
        print(json.dumps({'figures': 0}))
        print('no structure tree')
        return 1
    elements = []  # (type, element, depth)

    def walk(node, depth):
        kids = node.get('/K')
        if kids is None:
            return
        for kid in (kids if isinstance(kids, pikepdf.Array) else [kids]):
            if isinstance(kid, pikepdf.Dictionary) and '/S' in kid:
                elements.append((name_of(kid.S), kid, depth))
                walk(kid, depth + 1)

    walk(tree, 0)
    types = [kind for kind, _, _ in elements]
    for kind in ('Private', 'Artifact'):
        if kind in types:
            problems.append(f'a /{kind} element is in the structure tree')

    headings = [int(kind[1]) for kind in types if re.fullmatch(r'H[1-6]', kind)]
    if headings != expected['headings']:
        problems.append(f"heading levels {headings} differ from the HTML page's {expected['headings']}")
    for before, after in zip([0] + headings, headings):
        if after > before + 1:
            problems.append(f'a heading skips from level {before} to {after}')
            break

    figures = [element for kind, element, _ in elements if kind == 'Figure']
    alts = [str(figure.get('/Alt', '')) for figure in figures]
    if any(not alt for alt in alts):
        problems.append('a Figure has no /Alt')
    if alts != expected['alt_texts']:
        problems.append(f"Figure alt texts {alts} differ from the HTML page's {expected['alt_texts']}")

    lists = [element for kind, element, _ in elements if kind == 'L']
    if expected['alt_texts'] and not lists:
        problems.append('no lists (L)')

    def kid_types(element):
        kids = element.get('/K')
        kids = kids if isinstance(kids, pikepdf.Array) else [kids] if kids is not None else []
        return [name_of(kid.S) for kid in kids if isinstance(kid, pikepdf.Dictionary) and '/S' in kid]

    for element in lists:
        if not kid_types(element) or any(kind != 'LI' for kind in kid_types(element)):
            problems.append(f'an L holds {kid_types(element)}, not only LI')
    for kind, element, _ in elements:
        if kind == 'LI' and (not kid_types(element) or any(kid not in ('Lbl', 'LBody') for kid in kid_types(element))):
            problems.append(f'an LI holds {kid_types(element)}, not Lbl and LBody')
        if kind in ('Lbl', 'LBody') and name_of(element.P.S) != 'LI':
            problems.append(f'a {kind} is not in an LI')

    # Which marked-content ids of each page belong to an element.
    parent_tree = {}

    def read_numbers(node):
        nums = node.get('/Nums')
        if nums is not None:
            for i in range(0, len(nums), 2):
                parent_tree[int(nums[i])] = nums[i + 1]
        for kid in node.get('/Kids', []):
            read_numbers(kid)

    read_numbers(tree.get('/ParentTree', pikepdf.Dictionary()))

    # Every page's content: each painting operator inside an Artifact or a
    # marked-content sequence whose MCID the structure tree holds.
    untagged = tagged = in_artifacts = artifact_sequences = 0
    for number, page in enumerate(pdf.pages, start=1):
        if page.obj.get('/Tabs') != pikepdf.Name('/S'):
            problems.append(f'page {number} has no /Tabs /S')
        owners = parent_tree.get(int(page.obj.get('/StructParents', -1)), pikepdf.Array())
        stack = []
        for operands, operator in pikepdf.parse_content_stream(page):
            operator = str(operator)
            if operator == 'BDC':
                tag = name_of(operands[0])
                properties = operands[1] if isinstance(operands[1], pikepdf.Dictionary) else {}
                mcid = int(properties['/MCID']) if '/MCID' in properties else None
                stack.append((tag, mcid))
                artifact_sequences += tag == 'Artifact'
            elif operator == 'BMC':
                stack.append((name_of(operands[0]), None))
                artifact_sequences += name_of(operands[0]) == 'Artifact'
            elif operator == 'EMC':
                if not stack:
                    problems.append(f'page {number}: EMC without a BDC or BMC')
                else:
                    stack.pop()
            elif operator in PAINTING:
                if any(tag == 'Artifact' for tag, _ in stack):
                    in_artifacts += 1
                elif any(mcid is not None and mcid < len(owners) and isinstance(owners[mcid], pikepdf.Dictionary)
                         for _, mcid in stack):
                    tagged += 1
                else:
                    untagged += 1
                    if untagged <= 5:
                        problems.append(f'page {number}: "{operator}" is neither tagged nor an Artifact')
        if stack:
            problems.append(f'page {number}: marked content left open')
        for annotation in page.obj.get('/Annots', []):
            if annotation.get('/Subtype') == pikepdf.Name('/Link'):
                if not str(annotation.get('/Contents', '')):
                    problems.append(f'page {number}: a link has no /Contents')
                if '/StructParent' not in annotation:
                    problems.append(f'page {number}: a link is not in the structure tree')

    # Bookmarks: one for every part, in order.
    with pdf.open_outline() as outline:
        bookmarks = [item.title for item in outline.root]
    if bookmarks != expected['bookmarks']:
        problems.append(f"bookmarks {bookmarks} are not the parts {expected['bookmarks']}")

    print(json.dumps({'pages': len(pdf.pages), 'figures': len(figures), 'artifact_sequences': artifact_sequences,
                      'painting_in_artifacts': in_artifacts, 'painting_tagged': tagged, 'painting_untagged': untagged,
                      'headings': len(headings), 'lists': len(lists), 'bookmarks': len(bookmarks)}))
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
