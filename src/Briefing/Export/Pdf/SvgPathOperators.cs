using ShimSkiaSharp;

namespace Briefing.Export.Pdf;

/// <summary>
/// Writes an SVG path as PDF path construction operators (<c>m l c h</c>), every point through a transform. PDF has
/// only straight lines and cubic Béziers: quadratic curves are raised to cubics, and elliptical arcs, ovals and
/// rounded corners become cubics of at most a quarter turn each.
/// </summary>
internal static class SvgPathOperators
{
    // A quarter circle as one cubic: control points at this fraction of the radius.
    private const double Kappa = 0.5522847498307936;

    public static void Write(PdfBytes content, SKPath path, SKMatrix matrix)
    {
        var writer = new Writer(content, matrix);
        foreach (var command in path.Commands ?? [])
        {
            switch (command)
            {
                case MoveToPathCommand move:
                    writer.Move(move.X, move.Y);
                    break;
                case LineToPathCommand line:
                    writer.Line(line.X, line.Y);
                    break;
                case CubicToPathCommand cubic:
                    writer.Cubic(cubic.X0, cubic.Y0, cubic.X1, cubic.Y1, cubic.X2, cubic.Y2);
                    break;
                case QuadToPathCommand quad:
                    var (x0, y0) = writer.Current;
                    writer.Cubic(x0 + 2.0 / 3 * (quad.X0 - x0), y0 + 2.0 / 3 * (quad.Y0 - y0),
                        quad.X1 + 2.0 / 3 * (quad.X0 - quad.X1), quad.Y1 + 2.0 / 3 * (quad.Y0 - quad.Y1), quad.X1, quad.Y1);
                    break;
                case ArcToPathCommand arc:
                    Arc(writer, arc);
                    break;
                case ClosePathCommand:
                    writer.Close();
                    break;
                case AddRectPathCommand { Rect: var r }:
                    writer.Move(r.Left, r.Top);
                    writer.Line(r.Right, r.Top);
                    writer.Line(r.Right, r.Bottom);
                    writer.Line(r.Left, r.Bottom);
                    writer.Close();
                    break;
                case AddRoundRectPathCommand round:
                    RoundRect(writer, round.Rect, round.Rx, round.Ry);
                    break;
                case AddOvalPathCommand { Rect: var o }:
                    RoundRect(writer, o, o.Width / 2, o.Height / 2);
                    break;
                case AddCirclePathCommand circle:
                    RoundRect(writer, new SKRect(circle.X - circle.Radius, circle.Y - circle.Radius, circle.X + circle.Radius, circle.Y + circle.Radius),
                        circle.Radius, circle.Radius);
                    break;
                case AddPolyPathCommand { Points: { Count: > 0 } points } poly:
                    writer.Move(points[0].X, points[0].Y);
                    foreach (var point in points.Skip(1))
                    {
                        writer.Line(point.X, point.Y);
                    }
                    if (poly.Close)
                    {
                        writer.Close();
                    }
                    break;
            }
        }
    }

    // A rectangle with elliptical corners; corners as large as half the sides make an oval.
    private static void RoundRect(Writer writer, SKRect r, double rx, double ry)
    {
        rx = Math.Clamp(rx, 0, r.Width / 2.0);
        ry = Math.Clamp(ry, 0, r.Height / 2.0);
        double kx = rx * Kappa, ky = ry * Kappa;
        writer.Move(r.Left + rx, r.Top);
        writer.Line(r.Right - rx, r.Top);
        writer.Cubic(r.Right - rx + kx, r.Top, r.Right, r.Top + ry - ky, r.Right, r.Top + ry);
        writer.Line(r.Right, r.Bottom - ry);
        writer.Cubic(r.Right, r.Bottom - ry + ky, r.Right - rx + kx, r.Bottom, r.Right - rx, r.Bottom);
        writer.Line(r.Left + rx, r.Bottom);
        writer.Cubic(r.Left + rx - kx, r.Bottom, r.Left, r.Bottom - ry + ky, r.Left, r.Bottom - ry);
        writer.Line(r.Left, r.Top + ry);
        writer.Cubic(r.Left, r.Top + ry - ky, r.Left + rx - kx, r.Top, r.Left + rx, r.Top);
        writer.Close();
    }

    // An SVG elliptical arc from the current point (SVG 1.1, appendix F.6.5: endpoint to centre parameterisation).
    private static void Arc(Writer writer, ArcToPathCommand arc)
    {
        var (x1, y1) = writer.Current;
        double x2 = arc.X, y2 = arc.Y;
        double rx = Math.Abs(arc.Rx), ry = Math.Abs(arc.Ry);
        if (x1 == x2 && y1 == y2)
        {
            return;
        }
        if (rx == 0 || ry == 0)
        {
            writer.Line(x2, y2);
            return;
        }
        var phi = arc.XAxisRotate * Math.PI / 180;
        double cos = Math.Cos(phi), sin = Math.Sin(phi);
        double dx = (x1 - x2) / 2, dy = (y1 - y2) / 2;
        var x1p = cos * dx + sin * dy;
        var y1p = -sin * dx + cos * dy;
        var lambda = x1p * x1p / (rx * rx) + y1p * y1p / (ry * ry);
        if (lambda > 1)
        {
            rx *= Math.Sqrt(lambda);
            ry *= Math.Sqrt(lambda);
        }
        var numerator = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p;
        var denominator = rx * rx * y1p * y1p + ry * ry * x1p * x1p;
        var large = arc.LargeArc == SKPathArcSize.Large;
        // Skia's clockwise, in y-down coordinates, is SVG's positive sweep.
        var sweep = arc.Sweep == SKPathDirection.Clockwise;
        var coefficient = (large != sweep ? 1 : -1) * Math.Sqrt(Math.Max(0, numerator / denominator));
        var cxp = coefficient * rx * y1p / ry;
        var cyp = coefficient * -ry * x1p / rx;
        var cx = cos * cxp - sin * cyp + (x1 + x2) / 2;
        var cy = sin * cxp + cos * cyp + (y1 + y2) / 2;
        double ux = (x1p - cxp) / rx, uy = (y1p - cyp) / ry;
        double vx = (-x1p - cxp) / rx, vy = (-y1p - cyp) / ry;
        var start = Math.Atan2(uy, ux);
        var extent = Math.Atan2(ux * vy - uy * vx, ux * vx + uy * vy);
        if (!sweep && extent > 0)
        {
            extent -= 2 * Math.PI;
        }
        else if (sweep && extent < 0)
        {
            extent += 2 * Math.PI;
        }
        var segments = Math.Max(1, (int)Math.Ceiling(Math.Abs(extent) / (Math.PI / 2) - 1e-9));
        var step = extent / segments;
        var k = 4.0 / 3 * Math.Tan(step / 4);
        (double X, double Y) Point(double t) => (cx + rx * Math.Cos(t) * cos - ry * Math.Sin(t) * sin, cy + rx * Math.Cos(t) * sin + ry * Math.Sin(t) * cos);
        (double X, double Y) Tangent(double t) => (-rx * Math.Sin(t) * cos - ry * Math.Cos(t) * sin, -rx * Math.Sin(t) * sin + ry * Math.Cos(t) * cos);
        for (var s = 0; s < segments; s++)
        {
            var t1 = start + s * step;
            var t2 = t1 + step;
            var (p1x, p1y) = Point(t1);
            var (d1x, d1y) = Tangent(t1);
            var (p2x, p2y) = s == segments - 1 ? (x2, y2) : Point(t2);
            var (d2x, d2y) = Tangent(t2);
            writer.Cubic(p1x + k * d1x, p1y + k * d1y, p2x - k * d2x, p2y - k * d2y, p2x, p2y);
        }
    }

    /// <summary>Writes operators and keeps the current point and the subpath's start, in untransformed units.</summary>
    private sealed class Writer(PdfBytes content, SKMatrix matrix)
    {
        private (double X, double Y) _start;

        public (double X, double Y) Current { get; private set; }

        public void Move(double x, double y)
        {
            Point(x, y).Raw(" m\n");
            Current = _start = (x, y);
        }

        public void Line(double x, double y)
        {
            Point(x, y).Raw(" l\n");
            Current = (x, y);
        }

        public void Cubic(double x1, double y1, double x2, double y2, double x3, double y3)
        {
            Point(x1, y1).Space();
            Point(x2, y2).Space();
            Point(x3, y3).Raw(" c\n");
            Current = (x3, y3);
        }

        public void Close()
        {
            content.Raw("h\n");
            Current = _start;
        }

        private PdfBytes Point(double x, double y) =>
            content.Real(matrix.ScaleX * x + matrix.SkewX * y + matrix.TransX).Space()
                .Real(matrix.SkewY * x + matrix.ScaleY * y + matrix.TransY);
    }
}
