using DocumentFormat.OpenXml.Office2019.Drawing.SVG;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Briefing.Export.Docx;

/// <summary>An image part and the inline drawing that shows it at the size the PDF gives it.</summary>
internal static class DocxImage
{
    // English Metric Units: 12700 to the point.
    private const long PerPoint = 12700;

    // The blip extension Word (2016 and later) reads an SVG picture from; older readers show the PNG blip.
    private const string SvgExtension = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}";

    // The PNG an SVG brings for readers without SVG: sharp enough to print.
    private const float FallbackDpi = 192;

    public static W.Drawing Drawing(MainDocumentPart main, ImageFile image, string alt, int number)
    {
        var id = $"rIdImage{number}";
        A.Blip blip;
        if (image.Data.IsSvg)
        {
            Add(main, ImagePartType.Png, id, SvgRaster.ToPng(image.Data.Bytes, image.Width, image.Height, FallbackDpi));
            var svgId = $"rIdImage{number}Svg";
            Add(main, ImagePartType.Svg, svgId, image.Data.Bytes.ToArray());
            blip = new A.Blip(new A.BlipExtensionList(new A.BlipExtension(new SVGBlip { Embed = svgId }) { Uri = SvgExtension })) { Embed = id };
        }
        else
        {
            Add(main, image.MediaType == "image/jpeg" ? ImagePartType.Jpeg : ImagePartType.Png, id, image.Data.Bytes.ToArray());
            blip = new A.Blip { Embed = id };
        }
        var cx = (long)Math.Round(image.Width * PerPoint);
        var cy = (long)Math.Round(image.Height * PerPoint);
        var name = $"Figure {number}";
        return new W.Drawing(new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = (uint)number, Name = name, Description = alt },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(
                        new PIC.NonVisualDrawingProperties { Id = (uint)number, Name = name, Description = alt },
                        new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(blip, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0,
            DistanceFromBottom = 0,
            DistanceFromLeft = 0,
            DistanceFromRight = 0,
        });
    }

    private static void Add(MainDocumentPart main, PartTypeInfo type, string id, byte[] bytes)
    {
        var part = main.AddImagePart(type, id);
        using var stream = new MemoryStream(bytes);
        part.FeedData(stream);
    }
}
