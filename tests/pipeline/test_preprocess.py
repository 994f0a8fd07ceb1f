"""Each preprocessing step on small synthetic pages (no Tesseract)."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from ocr_drawing import ink_components, skew, speckle, text_page, turn

from pipeline.orientation import find_lean, upside_down
from pipeline.page_transform import PageTransform, rotation_scale, translation
from pipeline.preprocess import (
    PreprocessConfig,
    despeckle,
    estimate_noise,
    find_border,
    normalise_background,
    otsu,
    preprocess,
    to_gray,
)


@pytest.fixture(scope="module")
def page() -> np.ndarray:
    return text_page()


def _ink_mask(image: np.ndarray) -> np.ndarray:
    return np.where(image < 128, 255, 0).astype(np.uint8)


@pytest.mark.parametrize("degrees", [0, 90, 180, 270])
def test_turned_page_comes_back_upright(page: np.ndarray, degrees: int) -> None:
    prepared = preprocess(turn(page, degrees), 150)
    # rotation is what was applied to make it upright: it undoes the turn
    assert prepared.quality.rotation == (360 - degrees) % 360
    assert "orient" in prepared.quality.steps


def test_upright_result_matches_the_original_layout(page: np.ndarray) -> None:
    config = PreprocessConfig(rescale=False, binarise=False, normalise_background=False)
    prepared = preprocess(turn(page, 270), 150, config)
    assert prepared.image.shape == page.shape
    assert np.mean(np.abs(prepared.image.astype(int) - page.astype(int))) < 2


@pytest.mark.parametrize("angle", [-12.0, -4.3, 2.5, 7.0])
def test_skew_angle_is_found_within_half_a_degree(page: np.ndarray, angle: float) -> None:
    prepared = preprocess(skew(page, angle), 150)
    assert prepared.quality.rotation == 0
    assert abs(prepared.quality.skew_angle + angle) < 0.5


def test_skewed_and_turned_page(page: np.ndarray) -> None:
    prepared = preprocess(turn(skew(page, 5.0), 90), 150)
    assert prepared.quality.rotation == 270
    assert abs(prepared.quality.skew_angle + 5.0) < 0.5


def test_find_lean_on_a_vertical_page(page: np.ndarray) -> None:
    ink = _ink_mask(turn(skew(page, -3.0), 90))
    lean = find_lean(ink)
    assert lean.vertical
    assert abs(abs(lean.angle) - 3.0) < 0.5


def _stamped(page: np.ndarray, angle: float) -> np.ndarray:
    """``page`` with a black boxed rubber stamp (large bold letters) at ``angle`` degrees."""
    h, w = page.shape
    stamp = np.full((h, w), 255, np.uint8)
    x0, y0 = w // 8, h // 2
    cv2.rectangle(stamp, (x0, y0), (x0 + 560, y0 + 230), 0, 9)
    for i, line in enumerate(("CITY COUNCIL", "LEGAL SERVICES", "29 SEP 2020")):
        org = (x0 + 30, y0 + 65 + 70 * i)
        cv2.putText(stamp, line, org, cv2.FONT_HERSHEY_DUPLEX, 1.7, 0, 5)
    m = cv2.getRotationMatrix2D((x0 + 280, y0 + 115), angle, 1.0)
    stamp = cv2.warpAffine(stamp, m, (w, h), borderValue=255)
    return np.minimum(page, stamp)


def test_a_tilted_stamp_does_not_set_the_skew() -> None:
    # half a page of print and a stamp at 12 degrees: the print decides, not the stamp
    page = _stamped(text_page(), 12.0)
    prepared = preprocess(page, 150)
    assert abs(prepared.quality.skew_angle) < 0.5


def test_upside_down_votes(page: np.ndarray) -> None:
    ink = _ink_mask(page)
    assert not upside_down(ink)
    assert upside_down(np.ascontiguousarray(ink[::-1, ::-1]))


def test_speckle_is_removed(page: np.ndarray) -> None:
    clean = preprocess(page, 150).image
    noisy = preprocess(speckle(page, 0.01), 150)
    assert "median" in noisy.quality.steps
    assert ink_components(noisy.image) <= ink_components(clean) * 1.1 + 5


def test_despeckle_keeps_dots_next_to_letters() -> None:
    ink = np.zeros((200, 200), np.uint8)
    cv2.rectangle(ink, (50, 50), (60, 90), 255, -1)  # a letter stroke
    cv2.rectangle(ink, (64, 86), (66, 88), 255, -1)  # a full stop beside it
    cv2.rectangle(ink, (150, 150), (151, 151), 255, -1)  # dust on empty paper
    out = despeckle(ink, 9)
    assert out[87, 65] == 255
    assert out[150, 150] == 0
    assert out[70, 55] == 255


def test_dark_border_is_cropped(page: np.ndarray) -> None:
    scan = page.copy()
    scan[:40] = 30
    scan[:, -60:] = 25
    assert find_border(scan)[0] >= 40
    prepared = preprocess(scan, 150, PreprocessConfig(rescale=False))
    assert prepared.quality.border_removed
    assert prepared.image.shape[0] < scan.shape[0] - 30
    edges = np.concatenate([prepared.image[:3].ravel(), prepared.image[:, -3:].ravel()])
    assert (edges > 128).mean() > 0.99


def test_coloured_stamp_is_removed(page: np.ndarray) -> None:
    colour = cv2.cvtColor(page, cv2.COLOR_GRAY2BGR)
    cv2.rectangle(colour, (700, 1300), (1100, 1500), (40, 30, 200), 12)  # red stamp box
    gray, mask = to_gray(colour, True)
    assert mask is not None
    assert mask[1300, 900] and not mask[:1000].any()
    assert gray[1300, 900] > 190
    assert gray[:1000].mean() == pytest.approx(page[:1000].mean(), abs=1.0)
    prepared = preprocess(colour, 150, PreprocessConfig(rescale=False))
    assert "colour" in prepared.quality.steps
    assert (prepared.image[1290:1510, 690:1110] > 128).all()


def test_shadow_and_low_contrast_are_flattened(page: np.ndarray) -> None:
    ramp = np.linspace(0.45, 1.0, page.shape[1], dtype=np.float32)[None, :]
    dim = (60 + page.astype(np.float32) * 0.5) * ramp
    flat = normalise_background(dim.astype(np.uint8), 60)
    ink = otsu(flat)
    reference = otsu(page)
    assert abs(int((ink > 0).sum()) - int((reference > 0).sum())) < 0.25 * (reference > 0).sum()


def test_noise_estimate_rises_with_noise(page: np.ndarray) -> None:
    rng = np.random.default_rng(3)
    noisy = np.clip(page + rng.normal(0, 15, page.shape), 0, 255).astype(np.uint8)
    quiet_sigma, quiet_impulses = estimate_noise(page)
    noisy_sigma, _ = estimate_noise(noisy)
    _, speck_impulses = estimate_noise(speckle(page, 0.01))
    assert noisy_sigma > quiet_sigma + 5
    assert speck_impulses > quiet_impulses + 0.002


def test_rescale_reaches_target_height(page: np.ndarray) -> None:
    small = cv2.resize(page, None, fx=0.6, fy=0.6, interpolation=cv2.INTER_AREA)
    prepared = preprocess(small, 90)
    assert prepared.quality.scale > 1.3
    assert prepared.quality.text_height is not None
    assert prepared.quality.text_height * prepared.quality.scale == pytest.approx(
        PreprocessConfig().target_text_height, rel=0.01
    )


def test_blank_page_is_reported_blank() -> None:
    rng = np.random.default_rng(5)
    paper = np.clip(235 + rng.normal(0, 6, (1400, 1000)), 0, 255).astype(np.uint8)
    assert preprocess(paper, 150).quality.blank
    assert preprocess(np.full((800, 600), 255, np.uint8), 100).quality.blank
    assert not preprocess(paper, 150).quality.dark


def test_a_black_page_is_blank_and_dark_and_an_empty_page_with_a_dark_band_is_not() -> None:
    # a fax thresholded above the paper: all black but a few specks
    black = np.zeros((1400, 1000), np.uint8)
    black[::97, ::89] = 255
    assert preprocess(black, 150).quality.blank
    assert preprocess(black, 150).quality.dark
    banded = np.full((1400, 1000), 255, np.uint8)
    banded[:, :600] = 0  # a scanner lid left open over most of an empty sheet
    assert preprocess(banded, 150).quality.blank
    assert not preprocess(banded, 150).quality.dark


def test_text_page_is_not_blank(page: np.ndarray) -> None:
    assert not preprocess(page, 150).quality.blank


def test_steps_can_be_switched_off(page: np.ndarray) -> None:
    off = PreprocessConfig(
        remove_colour=False,
        remove_border=False,
        normalise_background=False,
        denoise=False,
        orient=False,
        deskew=False,
        rescale=False,
        binarise=False,
        despeckle=False,
    )
    prepared = preprocess(turn(page, 90), 150, off)
    assert prepared.image.shape == turn(page, 90).shape
    assert prepared.quality.rotation == 0
    assert prepared.transform.point(10, 20) == pytest.approx((10, 20))


def test_transform_round_trip_of_a_marked_box(page: np.ndarray) -> None:
    scan = page.copy()
    cv2.rectangle(scan, (900, 1500), (979, 1559), 0, -1)  # an 80 x 60 block of ink
    scan = turn(skew(scan, 6.0), 90)
    prepared = preprocess(scan, 150)
    ink = (prepared.image < 128).astype(np.uint8)
    _, _, stats, _ = cv2.connectedComponentsWithStats(ink)
    biggest = stats[1:][np.argmax(stats[1:, cv2.CC_STAT_AREA])]
    left, top, width, height = (int(v) for v in biggest[:4])
    box = prepared.transform.box(left, top, width, height)
    # where the block really is in the scan
    _, _, sstats, _ = cv2.connectedComponentsWithStats((scan < 128).astype(np.uint8))
    real = sstats[1:][np.argmax(sstats[1:, cv2.CC_STAT_AREA])]
    assert box.left == pytest.approx(real[0], abs=6)
    assert box.top == pytest.approx(real[1], abs=6)
    assert box.width == pytest.approx(real[2], abs=10)
    assert box.height == pytest.approx(real[3], abs=10)


def test_page_transform_composes_crop_turn_and_scale() -> None:
    transform = PageTransform.identity(400, 300).then_forward(translation(-10, -20))
    forward, size = rotation_scale(380, 260, 1, 0.0, 2.0)  # a quarter turn clockwise, x2
    assert size == (520, 760)
    transform = transform.then_forward(forward)
    # the cropped image's top-left corner (original 10, 20) ends at the top-right
    assert transform.point(520, 0) == pytest.approx((10, 20))
    assert transform.point(0, 0) == pytest.approx((10, 280))
    box = transform.box(0, 0, 520, 760)
    assert (box.left, box.top, box.width, box.height) == (10, 20, 380, 260)


def test_page_transform_clips_to_the_page() -> None:
    transform = PageTransform.identity(100, 50).then_forward(translation(5, 5))
    box = transform.box(0, 0, 200, 200)
    assert (box.left, box.top, box.right, box.bottom) == (0, 0, 100, 50)


def _two_columns(aligned: bool) -> np.ndarray:
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (1700, 1400), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 22)
    words = [
        "the",
        "court",
        "shall",
        "consider",
        "the",
        "welfare",
        "of",
        "the",
        "child",
        "as",
        "its",
        "paramount",
        "concern",
    ]
    for i in range(24):
        line = " ".join(words[(i + k) % len(words)] for k in range(8))[:52]
        draw.text((80, 100 + i * 40), line, font=font, fill=0)
        offset = 0 if aligned else 17
        draw.text((900, 100 + offset + i * 40), line, font=font, fill=0)
    return np.asarray(image).copy()


def test_columns_of_prose_are_told_from_a_form() -> None:
    assert preprocess(_two_columns(aligned=False), 200).columns
    # label and value on the same line: a form, read straight across
    assert not preprocess(_two_columns(aligned=True), 200).columns


def test_a_single_column_page_is_not_columns(page: np.ndarray) -> None:
    assert not preprocess(page, 150).columns


def test_a_near_blank_page_with_one_short_line_is_not_blank() -> None:
    # "This page is intentionally left blank": a few words on an A4 page at 200 dpi with
    # paper grain. Skipping it as blank would lose the only text the page has.
    rng = np.random.default_rng(9)
    paper = np.clip(240 + rng.normal(0, 8, (2339, 1654)), 0, 255).astype(np.uint8)
    cv2.putText(paper, "Page left blank", (600, 1100), cv2.FONT_HERSHEY_SIMPLEX, 0.9, 20, 2)
    assert not preprocess(paper, 200).quality.blank
