#!/usr/bin/env python3
"""Independent blind document set for `buki extract`: every docType of documents.json in layouts and label wordings
of its own, rendered as born-digital PDF, grey office scan (200-300 dpi, noise, 1-3 degree skew) and phone photo
(12 MP JPEG, perspective, uneven light, background border, 2-4 degree rotation). Writes OUT/{digital,scan,photo}/…
and OUT/truth.json (file -> expected docType and fields). Needs pdftoppm and ImageMagick's convert.

usage: gen_blind_docs.py OUT [--seed N] [--per N] [--renderings digital,scan,photo]"""
import argparse, json, os, random, subprocess, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pdfwriter import image_pdf, write_pdf
import templates
import templates_holdout
import templates_round5


def run(*cmd):
    subprocess.run([str(c) for c in cmd], check=True, stdout=subprocess.DEVNULL)


def pdf_of_images(files, target, dpi, grey):
    images = []
    for f in files:
        jpg = f.rsplit(".", 1)[0] + "-embed.jpg"
        run("convert", f, *(["-colorspace", "Gray"] if grey else ["-colorspace", "sRGB", "-type", "TrueColor"]), "-quality", "88", jpg)
        w, h = subprocess.run(["identify", "-format", "%w %h", jpg], capture_output=True, text=True, check=True).stdout.split()
        images.append((open(jpg, "rb").read(), int(w), int(h), grey))
    image_pdf(images, target, dpi)


def scan(pdf, out_base, rng, tmp, npages):
    dpi = rng.choice([200, 240, 300])
    run("pdftoppm", "-r", dpi, "-gray", "-png", pdf, f"{tmp}/s")
    pages = sorted(f for f in os.listdir(tmp) if f.startswith("s"))
    outs = []
    for i, f in enumerate(pages):
        angle = rng.choice([-1, 1]) * rng.uniform(1, 3)
        o = f"{tmp}/scan{i}.png"
        run("convert", f"{tmp}/{f}", "-background", "white", "-rotate", f"{angle:.2f}", "-blur", "0x0.6",
            "-attenuate", f"{rng.uniform(0.3, 0.7):.2f}", "+noise", "Gaussian", "-level", f"{rng.randint(0, 12)}%,{rng.randint(90, 100)}%",
            "-colorspace", "Gray", "-gravity", "center", "-crop", "100%x100%+0+0", "+repage", o)
        outs.append(o)
    if npages > 1:
        target = out_base + ".pdf"
        pdf_of_images(outs, target, dpi, grey=True)
    else:
        target = out_base + rng.choice([".png", ".tif"])
        run("convert", outs[0], "-density", dpi, "-units", "PixelsPerInch", target)
    return target


HARD = ["bright_table", "vignette", "shadow", "rot90", "rot180", "low_light", "jpeg", "blur"]


def hard_conditions(rng):
    """One or two of the harder phone conditions (round 5): a bright table, a dark vignette or a hand's shadow, the
    phone held sideways or upside down, low light, strong JPEG compression, slight blur."""
    first = rng.choice(HARD)
    second = rng.choice([c for c in HARD if c != first and not (c.startswith("rot") and first.startswith("rot"))])
    return [first] + ([second] if rng.random() < 0.5 else [])


def photo(pdf, out_base, rng, tmp, npages, conditions=()):
    run("pdftoppm", "-r", 250, "-png", pdf, f"{tmp}/p")
    pages = sorted(f for f in os.listdir(tmp) if f.startswith("p") and f.endswith(".png"))
    W, H = 3000, 4000
    outs = []
    for i, f in enumerate(pages):
        pw, ph = 2067, 2923  # A4 at 250 dpi
        scale = rng.uniform(0.78, 0.9)
        cw, ch = pw * scale * W / pw * 0.97, None
        cw = W * scale; ch = cw * ph / pw
        if ch > H * 0.93:
            ch = H * 0.93; cw = ch * pw / ph
        x0, y0 = (W - cw) / 2 + rng.uniform(-80, 80), (H - ch) / 2 + rng.uniform(-80, 80)
        j = lambda: rng.uniform(-0.045, 0.045) * cw
        quad = [(x0 + j(), y0 + j()), (x0 + cw + j(), y0 + j()), (x0 + cw + j(), y0 + ch + j()), (x0 + j(), y0 + ch + j())]
        # keep-ish a trapezoid: top edge narrower (phone tilted)
        tilt = rng.uniform(0.02, 0.06) * cw
        quad[0] = (quad[0][0] + tilt, quad[0][1]); quad[1] = (quad[1][0] - tilt, quad[1][1])
        src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
        pts = " ".join(f"{a},{b} {c:.1f},{d:.1f}" for (a, b), (c, d) in zip(src, quad))
        warped = f"{tmp}/w{i}.png"
        run("convert", f"{tmp}/{f}", "-resize", f"{pw}x{ph}!", "-alpha", "set", "-virtual-pixel", "transparent",
            "-define", f"distort:viewport={W}x{H}+0+0", "-distort", "Perspective", pts, warped)
        bg = rng.choice(["#6b4f3a", "#8a8d91", "#3d3f44", "#a07850", "#c9c2b5"])
        if "bright_table" in conditions:
            bg = rng.choice(["#e4e1da", "#eeece8", "#d9d6cf", "#f0ede6"])
        light = f"{tmp}/l{i}.png"
        cx, cy = rng.randint(-600, 600), rng.randint(-800, 800)
        run("convert", "-size", f"{W//5}x{H//5}", f"radial-gradient:white-gray{rng.randint(35, 60)}", "-crop", f"{W//10}x{H//10}+{W//20+cx//10}+{H//20+cy//10}",
            "+repage", "-resize", f"{W}x{H}!", light)
        angle = rng.choice([-1, 1]) * rng.uniform(2, 4)
        o = f"{tmp}/photo{i}.jpg"
        run("convert", "-size", f"{W}x{H}", f"xc:{bg}", "-attenuate", "0.6", "+noise", "Gaussian", warped, "-composite",
            "-fill", "#fff6e0", "-colorize", "6%",
            light, "-compose", "multiply", "-composite", "-compose", "over",
            "-background", bg, "-rotate", f"{angle:.2f}", "-gravity", "center", "-crop", f"{W}x{H}+0+0", "+repage",
            "-resize", f"{rng.randint(55, 75)}%", "-resize", f"{W}x{H}!", "-attenuate", "0.25", "+noise", "Gaussian", "-quality", str(rng.randint(80, 92)), o)
        if conditions:
            harden(o, conditions, rng, tmp, i, W, H)
        outs.append(o)
    if npages > 1:
        target = out_base + ".pdf"
        pdf_of_images(outs, target, 250 / 0.85, grey=False)
    else:
        target = out_base + ".jpg"
        os.replace(outs[0], target)
    return target


def harden(o, conditions, rng, tmp, i, W, H):
    ops = []
    if "vignette" in conditions:
        v = f"{tmp}/v{i}.png"
        run("convert", "-size", f"{W}x{H}", f"radial-gradient:white-gray{rng.randint(8, 25)}", "-level", "0%,70%", v)
        ops += [v, "-compose", "multiply", "-composite", "-compose", "over"]
    if "shadow" in conditions:
        sh = f"{tmp}/sh{i}.png"
        x0, y0 = rng.randint(0, W // 2), rng.randint(H // 3, H)
        run("convert", "-size", f"{W}x{H}", "xc:white", "-fill", f"gray{rng.randint(45, 65)}", "-draw",
            f"polygon {x0},{H} {x0 + W // 3},{y0} {W},{y0 - H // 5} {W},{H}", "-blur", "0x60", sh)
        ops += [sh, "-compose", "multiply", "-composite", "-compose", "over"]
    if "low_light" in conditions:
        ops += ["-level", f"0%,{rng.randint(140, 180)}%", "-attenuate", "0.8", "+noise", "Gaussian"]
    if "blur" in conditions:
        ops += ["-blur", f"0x{rng.uniform(1.6, 2.4):.1f}"]
    if "rot90" in conditions:
        ops += ["-rotate", rng.choice(["90", "270"])]
    if "rot180" in conditions:
        ops += ["-rotate", "180"]
    quality = str(rng.randint(28, 42)) if "jpeg" in conditions else "88"
    run("convert", o, *ops, "-quality", quality, o)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out"); ap.add_argument("--seed", type=int, default=3); ap.add_argument("--per", type=int, default=2)
    ap.add_argument("--renderings", default="digital,scan,photo")
    ap.add_argument("--holdout", action="store_true", help="the held-out templates (written after the fixes)")
    ap.add_argument("--round5", action="store_true", help="round-5 templates: diacritic names, dot leaders, new issuers")
    ap.add_argument("--hard-photos", action="store_true", help="every photo gets one or two harder conditions (see HARD)")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    rends = a.renderings.split(",")
    for r in rends:
        os.makedirs(f"{a.out}/{r}", exist_ok=True)
    truth = {}
    n = 0
    for t in (templates_round5 if a.round5 else templates_holdout if a.holdout else templates).TEMPLATES:
        for k in range(a.per if not t.__name__.startswith("other") else 1):
            n += 1
            pages, tr = t(rng)
            name = f"d{n:03d}"
            os.makedirs(f"{a.out}/digital", exist_ok=True)  # the born-digital PDF is the source of the other renderings
            pdf = f"{a.out}/digital/{name}.pdf"
            write_pdf(pages, pdf)
            tr = dict(tr, template=t.__name__, pages=len(pages))
            if "digital" in rends:
                truth[f"digital/{name}.pdf"] = tr
            for r, fn in (("scan", scan), ("photo", photo)):
                if r in rends:
                    cond = hard_conditions(rng) if r == "photo" and a.hard_photos else []
                    with tempfile.TemporaryDirectory() as tmp:
                        if r == "photo":
                            target = fn(pdf, f"{a.out}/{r}/{name}", rng, tmp, len(pages), cond)
                        else:
                            target = fn(pdf, f"{a.out}/{r}/{name}", rng, tmp, len(pages))
                    truth[os.path.relpath(target, a.out)] = dict(tr, conditions=cond) if cond else tr
            print(name, t.__name__, file=sys.stderr)
    if "digital" not in rends:
        pass
    json.dump(truth, open(f"{a.out}/truth.json", "w"), ensure_ascii=False, indent=1)
    print(len(truth), "files")


if __name__ == "__main__":
    main()
